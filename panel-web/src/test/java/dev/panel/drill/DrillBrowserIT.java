package dev.panel.drill;

import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.DrillFixture;
import dev.panel.testing.LoopFixture;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An interviewer takes a drill in headless Chromium, rated blind in the live scoring component, submits, and reads
 * the feedback beside the consensus; the hiring manager then reads the report. Each page is saved as a 1280x800
 * screenshot in panel-web/target/screenshots.
 */
@MicronautTest(transactional = false)
class DrillBrowserIT implements DatabaseTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @Inject
    LoopFixture people;
    @Inject
    DrillFixture fixture;
    @Inject
    DrillRatingService taking;

    @RegisterExtension
    static final Browser browser = Browser.extension();
    User manager;
    User interviewer;
    long drillId;

    @BeforeAll
    void openADrillThatOneColleagueHasTaken() {
        List<User> users = people.people(Role.HIRING_MANAGER, Role.INTERVIEWER, Role.INTERVIEWER);
        manager = users.get(0);
        interviewer = users.get(1);
        drillId = fixture.open(manager, 1, 2, 3, 4, 3).drill().id();
        fixture.submitted(users.get(2), drillId, 1, 2, 3, 3, 3);
    }

    @Test
    void an_interviewer_takes_a_drill_blind_and_then_sees_their_levels_beside_the_consensus() {
        browser.forgetSession();
        browser.signIn(interviewer);
        assertThat(browser.waitFor(By.id("my-calibration")).getText()).startsWith("Calibrated for: no competency yet");
        browser.click(By.cssSelector("vaadin-side-nav-item[path='drills']"));
        browser.waitForText(By.id("drills-heading"), "Calibration drills");
        shot("drill-list");
        browser.click(By.cssSelector("a.take-drill[href='drills/" + drillId + "']"));
        browser.waitForPath("/drills/" + drillId);
        browser.waitFor(By.cssSelector(".drill-sample"));
        shot("drill-take-start");
        assertThat(browser.driver().findElement(By.cssSelector("h1#drill-title")).getAttribute("textContent")).startsWith("Drill-");

        String page = browser.driver().findElement(By.tagName("body")).getText();
        assertThat(page).doesNotContain("Evidence 1 from").doesNotContain("Strong yes:").contains("Nobody sees your ratings");
        List<WebElement> fields = browser.driver().findElements(By.cssSelector(".drill-sample .rating-field"));
        assertThat(fields).hasSize(5);
        assertThat(fields.get(0).getText()).as("every anchor in view").contains("Cannot describe how their team planned or tracked work");
        int[] levels = {1, 2, 3, 2, 3};
        for (int i = 0; i < fields.size(); i++) {
            browser.click(fields.get(i).findElements(By.tagName("vaadin-radio-button")).get(levels[i] - 1));
            fields.get(i).findElement(By.tagName("textarea")).sendKeys("Heard in answer " + (i + 1) + ": scope cut early.");
        }
        browser.waiting().until(d -> taking.attempt(Actor.of(interviewer), drillId).ratings().stream()
                .allMatch(r -> r.level() != null && r.evidence().endsWith("scope cut early.")));
        browser.waiting().until(d -> "ok".equals(d.findElement(By.id("save-status")).getAttribute("data-state")));
        shot("drill-take");

        browser.click(By.id("submit-drill"));
        browser.waiting().until(d -> !d.findElements(By.cssSelector(".sample-feedback, vaadin-notification-card")).isEmpty());
        shot("drill-feedback-top");
        assertThat(browser.driver().findElements(By.cssSelector(".sample-feedback")))
                .as("feedback, not the notification: %s", browser.script("const c = document.querySelector('vaadin-notification-card');"
                        + " return c ? c.innerText : '';")).isNotEmpty();
        assertThat(browser.driver().findElement(By.id("feedback-summary")).getAttribute("textContent"))
                .startsWith("You matched the consensus on 4 of 5 answers");
        List<WebElement> cards = browser.driver().findElements(By.cssSelector(".sample-feedback"));
        assertThat(cards).hasSize(5);
        WebElement fourth = cards.get(3);
        assertThat(fourth.getAttribute("data-agrees")).isEqualTo("false");
        assertThat(fourth.findElement(By.className("my-level")).getText()).isEqualTo("You: 2 · No");
        assertThat(fourth.findElement(By.className("consensus-level")).getText()).isEqualTo("Consensus: 4 · Strong yes");
        assertThat(fourth.getText()).contains("Follows a process, but delivery depends on people pushing harder")
                .contains("Has made several teams predictable").contains("The panel (2 submitted)");
        shot("drill-feedback");
    }

    @Test
    void the_hiring_manager_reads_the_report_and_the_editor_of_an_open_drill() {
        browser.forgetSession();
        browser.signIn(manager);
        browser.go("/drills/" + drillId + "/report");
        browser.waitForText(By.id("report-heading"), "Drill-");
        assertThat(browser.waitFor(By.id("report-samples")).getText()).contains("Sample answer 4");
        shot("drill-report");
        browser.go("/drills/edit/" + drillId);
        browser.waitForText(By.id("drill-state"), "Open");
        assertThat(browser.driver().findElements(By.cssSelector(".sample-editor"))).hasSize(5);
        shot("drill-editor");
        browser.go("/drills/edit");
        browser.waitForText(By.id("drill-editor-heading"), "New drill");
        shot("drill-new");
    }

    private void shot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Path file = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
