package dev.panel.competency;

import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A hiring manager creates a competency with its rubric, revises an anchor, and compares the two versions. */
@MicronautTest(transactional = false)
class CompetenciesBrowserIT implements DatabaseTest {

    @Inject
    LoopFixture fixture;
    @Inject
    CompetencyService competencies;

    @RegisterExtension
    static final Browser browser = Browser.extension();
    User manager;

    @BeforeAll
    void open() {
        manager = fixture.people(Role.HIRING_MANAGER).get(0);
    }

    @Test
    void a_hiring_manager_creates_a_competency_and_each_rubric_change_is_a_new_version() {
        browser.signIn(manager);
        browser.go("/library/competencies");
        browser.click(By.id("new-competency"));

        browser.click(By.id("create-competency"));
        browser.waiting().until(d -> d.findElement(By.id("new-competency-name")).getAttribute("invalid") != null);

        String name = Names.unique("Incident command");
        browser.waitFor(By.cssSelector("#new-competency-name input")).sendKeys(name);
        browser.driver().findElement(By.cssSelector("#new-competency-description textarea")).sendKeys("Leads an incident from page to review.");
        List<WebElement> anchors = browser.driver().findElements(By.cssSelector("vaadin-dialog-overlay .anchor-field textarea"));
        assertThat(anchors).hasSize(4);
        anchors.get(0).sendKeys("Waits for someone else to take charge.");
        anchors.get(1).sendKeys("Fixes the fault but tells nobody what is happening.");
        anchors.get(2).sendKeys("Names roles, keeps a timeline and updates stakeholders on a cadence.");
        browser.click(By.id("create-competency"));
        browser.waitForText(By.id("new-competency-problem"), "The anchor of level 4 (Strong yes) is required.");

        anchors.get(3).sendKeys("Runs incidents others learn from and changes on-call for the whole organisation.");
        browser.click(By.id("create-competency"));
        browser.waitForText(By.id("competency-name"), name);
        Competency created = competencies.findBySlug(dev.panel.common.Slugs.of(name)).orElseThrow();
        assertThat(competencies.get(created.id()).rubric().levelFor(4).anchor())
                .isEqualTo("Runs incidents others learn from and changes on-call for the whole organisation.");

        WebElement second = browser.driver().findElements(By.cssSelector("#rubric-editor .anchor-field textarea")).get(1);
        second.sendKeys(" Leaves no review behind.");
        browser.click(By.id("save-rubric"));
        browser.waitForText(By.id("version-comparison"), "Version 1 against version 2");

        List<RubricVersion> versions = competencies.versions(created.id());
        assertThat(versions).extracting(RubricVersion::number).containsExactly(2, 1);
        assertThat(versions.get(0).levelFor(2).anchor()).isEqualTo("Fixes the fault but tells nobody what is happening. Leaves no review behind.");
        assertThat(versions.get(1).levelFor(2).anchor()).isEqualTo("Fixes the fault but tells nobody what is happening.");
        assertThat(browser.driver().findElements(By.cssSelector("#version-comparison .level-changed"))).hasSize(1)
                .first().satisfies(row -> assertThat(row.getText()).startsWith("Level 2 · changed").contains("Leaves no review behind."));
        assertThat(browser.driver().findElements(By.cssSelector("#version-comparison .level-same"))).hasSize(3);
    }
}
