package dev.panel.competency;

import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LibraryFixture;
import dev.panel.testing.LoopFixture;
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

/** Two hiring managers revise the same rubric in two browsers; the second to save sees the first's version and loses nothing. */
@MicronautTest(transactional = false)
class RubricConflictBrowserIT implements DatabaseTest {

    @Inject
    LoopFixture people;
    @Inject
    LibraryFixture library;
    @Inject
    CompetencyService competencies;

    @RegisterExtension
    static final Browser first = Browser.extension();
    @RegisterExtension
    static final Browser second = Browser.extension();

    @BeforeAll
    void open() {
        List<User> managers = people.people(Role.HIRING_MANAGER, Role.HIRING_MANAGER);
        first.signIn(managers.get(0));
        second.signIn(managers.get(1));
    }


    @Test
    void the_second_rubric_save_shows_the_newer_version_beside_the_unsaved_text_and_then_saves_it_after_that() {
        long id = library.competency();
        String name = competencies.get(id).competency().name();
        openRubric(first, name);
        openRubric(second, name);

        anchor(first, 0).sendKeys(" Blames the pager.");
        first.click(By.id("save-rubric"));
        first.waitForText(By.id("version-comparison"), "Version 1 against version 2");

        anchor(second, 2).sendKeys(" Writes the review the same week.");
        second.click(By.id("save-rubric"));
        second.waitForText(By.id("rubric-conflict-message"), "saved version 2 of this rubric");
        assertThat(anchor(second, 2).getAttribute("value")).as("the second person's text is still in the editor")
                .isEqualTo("Owned it once, with a measurable result. Writes the review the same week.");
        second.waitForText(By.id("rubric-conflict-comparison"), "Blames the pager.");
        assertThat(competencies.versions(id)).hasSize(2);

        second.click(By.id("save-mine-rubric"));
        second.waitForText(By.id("version-comparison"), "Version 2 against version 3");
        List<RubricVersion> versions = competencies.versions(id);
        assertThat(versions).extracting(RubricVersion::number).containsExactly(3, 2, 1);
        assertThat(versions.get(0).levelFor(3).anchor()).isEqualTo("Owned it once, with a measurable result. Writes the review the same week.");
        assertThat(versions.get(1).levelFor(1).anchor()).isEqualTo("Has never owned the outcome. Blames the pager.");
    }

    private static void openRubric(Browser browser, String competency) {
        browser.go("/library/competencies");
        WebElement row = browser.waiting().until(d -> d.findElements(By.cssSelector("#competency-list vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(competency)).findFirst().orElse(null));
        browser.click(row);
        browser.waitForText(By.id("competency-name"), competency);
    }

    private static WebElement anchor(Browser browser, int level) {
        return browser.waiting().until(d -> {
            List<WebElement> anchors = d.findElements(By.cssSelector("#rubric-editor .anchor-field textarea"));
            return anchors.size() > level ? anchors.get(level) : null;
        });
    }
}
