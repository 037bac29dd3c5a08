package dev.panel.calibration.ui;

import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.CalibrationService;
import dev.panel.calibration.QuestionStats;
import dev.panel.loop.LoopView;
import dev.panel.ratings.RatingFilter;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's Questions and Validity tabs show what the calibration service computes for the same reader, and a
 * question's page shows its own figures. Loops are added first so that some question has an alert: the fixture's
 * scorecards leave every question but the stage's first without notes.
 */
@MicronautTest(transactional = false)
class QuestionsTabBrowserIT implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    LoopFixture fixture;
    @Inject
    CalibrationService calibration;

    @AutoClose
    Browser browser;

    @BeforeAll
    void loops() {
        for (int loop = 0; loop < 6; loop++) {
            List<User> panel = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER);
            LoopView opened = fixture.openWithFirstStage(panel);
            long interview = opened.interviews().get(0).interview().id();
            String evidence = "Evidence of loop " + loop;
            panel.forEach(u -> fixture.submitted(u, interview, evidence));
        }
        browser = Browser.open(server.getURI());
    }

    private void tab(String label) {
        WebElement tab = browser.waiting().until(d -> d.findElements(By.cssSelector("#calibration-tabs vaadin-tab")).stream()
                .filter(t -> t.getText().strip().equals(label)).findFirst().orElse(null));
        browser.click(tab);
    }

    @Test
    void the_questions_tab_shows_each_question_and_alert_the_service_computes() {
        User recruiter = fixture.people(Role.RECRUITER).get(0);
        browser.signIn(recruiter.username(), LoopFixture.PASSWORD);
        browser.waitForText(By.id("home-heading"), "Recruiter home");
        CalibrationResult expected = calibration.analyse(Actor.of(recruiter), RatingFilter.everything());
        assertThat(expected.questions()).isNotEmpty();
        assertThat(expected.questions()).anySatisfy(q -> assertThat(q.alerts()).isNotEmpty());

        browser.go("/calibration");
        browser.waitFor(By.id("calibration-summary"));
        tab("Questions");
        WebElement grid = browser.waitFor(By.id("questions-grid"));
        browser.waitFor(By.id("question-alerts"));
        browser.screenshot("calibration-questions");

        String shown = grid.getText();
        for (QuestionStats q : expected.questions()) {
            assertThat(shown).contains(q.question());
            if (q.discrimination() != null) {
                assertThat(shown).contains(String.format(Locale.ROOT, "%.2f [%.2f, %.2f] n = %d", q.discrimination(), q.discriminationLow(),
                        q.discriminationHigh(), q.discriminationN()));
            }
        }
        List<String> alerts = browser.driver().findElements(By.cssSelector("#question-alerts li")).stream()
                .map(li -> li.getAttribute("data-question") + " " + li.getAttribute("data-kind") + " " + li.getText()).toList();
        List<String> wanted = expected.questions().stream().flatMap(q -> q.alerts().stream()
                .map(a -> q.questionId() + " " + a.kind() + " “" + q.question() + "” (" + q.role() + "): " + a.text())).toList();
        assertThat(alerts).containsExactlyInAnyOrderElementsOf(wanted);

        tab("Validity");
        WebElement validity = browser.waitFor(By.id("calibration-validity"));
        browser.screenshot("calibration-validity");
        if (expected.validity().checkpoint() == null) {
            assertThat(validity.getText()).contains("No later outcomes");
        } else {
            assertThat(validity.getText()).contains(expected.validity().checkpoint(), String.valueOf(expected.validity().hires()));
        }
        browser.forgetSession();
    }

    @Test
    void a_questions_page_shows_its_own_figures_per_role() {
        User manager = fixture.people(Role.HIRING_MANAGER).get(0);
        browser.signIn(manager.username(), LoopFixture.PASSWORD);
        QuestionStats busiest = calibration.analyse(Actor.of(manager), RatingFilter.everything()).questions().stream()
                .max(java.util.Comparator.comparingInt(QuestionStats::planned)).orElseThrow();

        browser.waitFor(By.id("home-heading"));
        browser.go("/library/questions");
        browser.waitFor(By.id("question-filter-text"));
        browser.script("const f = document.querySelector('#question-filter-text'); f.value = arguments[0];"
                + " f.dispatchEvent(new Event('input')); f.dispatchEvent(new Event('change'));", busiest.question());
        WebElement row = browser.waiting().until(d -> d.findElements(By.cssSelector("#question-grid vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(busiest.question())).findFirst().orElse(null));
        browser.click(row);
        WebElement figures = browser.waitFor(By.id("question-figures"));
        browser.waitForText(By.id("question-figures"), "planned in " + busiest.planned() + " interviews");
        browser.screenshot("question-figures");
        List<QuestionStats> expected = calibration.question(Actor.of(manager), busiest.questionId());
        for (QuestionStats q : expected) {
            assertThat(figures.getText()).contains(q.role() + ": planned in " + q.planned() + " interviews, notes in " + q.asked());
        }
        browser.forgetSession();
    }
}
