package dev.panel.decision.ui;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditLog;
import dev.panel.decision.Decision;
import dev.panel.decision.DecisionService;
import dev.panel.decision.Outcome;
import dev.panel.loop.LoopView;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Screens;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The debrief while scorecards are missing: it names who is missing, and recording the decision asks for a written
 * reason to decide early, which is kept and shown. At every screen size nothing overflows and "Record decision" is reachable.
 */
@MicronautTest(transactional = false)
class DebriefBrowserIT implements DatabaseTest {

    private static final String EARLY = "The candidate must answer another offer by tomorrow noon.";

    @Inject
    LoopFixture fixture;
    @Inject
    DecisionService decisions;
    @Inject
    AuditLog audit;

    @RegisterExtension
    static final Browser browser = Browser.extension();
    User manager;

    @BeforeAll
    void signIn() {
        manager = fixture.people(Role.HIRING_MANAGER).get(0);
        browser.signIn(manager);
    }

    @AfterEach
    void laptopAgain() {
        browser.resize(1280, 800);
    }

    @Test
    void deciding_while_a_scorecard_is_missing_names_who_and_needs_a_written_reason_which_is_kept() {
        List<User> panel = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER);
        LoopView loop = halfScored(panel);
        User missing = panel.get(1);
        String stage = loop.interviews().get(0).stage().name();

        browser.open("/loops/" + loop.loop().id() + "/debrief");
        browser.waitForText(By.id("missing-scorecards"), "Waiting for 1 of 2 scorecards: " + missing.displayName() + " (" + missing.username()
                + ") for " + stage + ".");
        assertThat(browser.waitFor(By.id("decision-early-warning")).getText()).contains(missing.displayName() + " (" + missing.username() + ")");

        browser.click(browser.driver().findElements(By.cssSelector("#decision-outcome vaadin-radio-button")).get(0));
        setText("#decision-reason", "Strong delivery evidence from the first panelist.");
        browser.click(By.id("record-decision"));
        WebElement who = browser.waitFor(By.id("early-decision-missing"));
        assertThat(who.findElements(By.tagName("li"))).extracting(WebElement::getText)
                .containsExactly(missing.displayName() + " (" + missing.username() + ") for " + stage);
        browser.screenshot("debrief-early-decision-dialog");

        browser.click(By.id("confirm-early-decision"));
        browser.waiting().until(d -> d.findElement(By.id("early-decision-reason")).getAttribute("invalid") != null);
        assertThat(decisions.of(Actor.of(manager), loop.loop().id())).as("nothing is recorded without the reason").isEmpty();

        setText("#early-decision-reason", EARLY);
        browser.click(By.id("confirm-early-decision"));
        browser.waitForText(By.id("decision-recorded"), "Hire, decided by " + manager.username());
        browser.waitForText(By.id("decision-early-reason"), EARLY);
        browser.screenshot("debrief-decided-early");

        Decision stored = decisions.of(Actor.of(manager), loop.loop().id()).orElseThrow();
        assertThat(stored.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(stored.earlyReason()).isEqualTo(EARLY);
        assertThat(audit.about("loop:" + loop.loop().id())).filteredOn(e -> e.action().equals("decision.recorded"))
                .extracting(AuditEvent::detail).singleElement().asString().contains("decided early").contains(missing.username()).doesNotContain(EARLY);
    }

    @Test
    void at_every_screen_size_nothing_overflows_sideways_and_record_decision_is_reachable() {
        LoopView loop = halfScored(fixture.people(Role.INTERVIEWER, Role.INTERVIEWER));
        for (Screens.Size size : Screens.SIZES) {
            browser.resize(size.width(), size.height());
            browser.open("/loops/" + loop.loop().id() + "/debrief");
            WebElement record = browser.waitFor(By.id("record-decision"));
            browser.waitFor(By.id("debrief-matrix"));
            browser.screenshot("debrief-" + size);
            assertThat(Screens.overflowing(browser)).as("wider than the window at %s", size).isEmpty();
            assertThat(Screens.unreachable(browser, record)).as("Record decision at %s", size).isNull();
        }
    }

    /** A loop whose first stage has these two panelists, the first of whom has submitted. */
    private LoopView halfScored(List<User> panel) {
        LoopView loop = fixture.openWithFirstStage(panel);
        fixture.submitted(panel.get(0), loop.interviews().get(0).interview().id(),
                "Chose a modular monolith for the MVP and named what would make them split it.");
        return loop;
    }

    /** Sets a text area's value as one change, as the house rule for Vaadin fields asks. */
    private void setText(String field, String text) {
        WebElement area = browser.waitFor(By.cssSelector(field + " textarea"));
        browser.script("const a = arguments[0]; a.value = arguments[1]; a.dispatchEvent(new Event('input', {bubbles: true}));"
                + " a.dispatchEvent(new Event('change', {bubbles: true}));", area, text);
    }
}
