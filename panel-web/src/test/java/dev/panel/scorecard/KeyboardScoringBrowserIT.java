package dev.panel.scorecard;

import dev.panel.candidate.CandidateService;
import dev.panel.loop.AssignPanel;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopOpening;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopView;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoring hour with the keyboard alone: from My interviews to a submitted scorecard, through the shortcuts and the
 * submit review, every key sent to whatever has the focus. Opening the page stores nothing (the panel may still change);
 * the question timer's seconds are stored with the notes and are there again after a reload.
 */
@MicronautTest(transactional = false)
class KeyboardScoringBrowserIT implements DatabaseTest {

    @Inject
    LoopFixture fixture;
    @Inject
    LoopService loops;
    @Inject
    LoopOpening opening;
    @Inject
    ScorecardService scorecards;
    @Inject
    CandidateService candidates;

    @RegisterExtension
    static final Browser browser = Browser.extension();

    User interviewer;
    User recruiter;
    LoopView loop;
    long interviewId;
    FrozenPlan.Stage stage;
    String candidateName;

    @BeforeAll
    void aLoopWithOneInterviewer() {
        List<User> people = fixture.people(Role.INTERVIEWER, Role.RECRUITER);
        interviewer = people.get(0);
        recruiter = people.get(1);
        loop = fixture.openWithFirstStage(List.of(interviewer));
        interviewId = loop.interviews().get(0).interview().id();
        stage = loop.interviews().get(0).stage();
        candidateName = candidates.get(loop.loop().candidateId()).name();
    }

    @Test
    void an_interviewer_scores_and_submits_with_the_keyboard_alone() {
        browser.signIn(interviewer);
        browser.open("/interviews");
        tabUntil(el -> String.valueOf(el).contains(candidateName));
        keys(Keys.ENTER);
        browser.waitForText(By.id("candidate-name"), candidateName);
        browser.waitForVaadin();

        assertThat(scorecards.anyStarted(interviewId)).as("opening the interview stores no scorecard").isFalse();
        Instant later = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        opening.assign(Actor.of(recruiter), interviewId, new AssignPanel(later, List.of(interviewer.id()), null), scorecards.anyStarted(interviewId));
        assertThat(loops.interview(Actor.of(recruiter), interviewId).interview().scheduledAt()).isEqualTo(later);

        int questions = stage.questionIds().size();
        keys("j");
        keys("t");
        browser.waiting().until(d -> ((Number) browser.script(
                "return document.querySelector('.question-card .question-timer')._panelSeconds()")).intValue() >= 2);
        keys("n");
        for (int q = 1; q <= questions; q++) {
            String notes = "Notes on question " + q + ": cut scope, told the customer the same day.";
            keys(notes);
            if (q == 1) {
                altShift("t"); // stops the timer while typing; stopping saves
            }
            int index = q - 1;
            waitUntilStored(card -> card.notes().size() > index && card.notes().get(index).text().equals(notes));
            if (q < questions) {
                altShift("j");
                keys("n");
            }
        }
        Integer timed = scorecards.mine(Actor.of(interviewer), interviewId).notes().get(0).seconds();
        assertThat(timed).as("the first question's timer ran at least 2 s").isNotNull().isGreaterThanOrEqualTo(2);
        assertThat(scorecards.anyStarted(interviewId)).as("the first save stored the draft").isTrue();

        for (FrozenPlan.Focus focus : stage.focus()) {
            altShift("l");
            keys("3");
            keys("e");
            String evidence = "Evidence for " + focus.name() + ": named the trade-off and its cost.";
            keys(evidence);
            waitUntilStored(card -> card.ratings().stream().anyMatch(r -> r.competencyId() == focus.competencyId()
                    && Integer.valueOf(3).equals(r.level()) && evidence.equals(r.evidence())));
        }
        altShift("r");
        keys(Keys.SPACE);
        keys(Keys.ARROW_DOWN);
        keys(Keys.ARROW_DOWN);
        waitUntilStored(card -> card.recommendation() == Recommendation.YES);

        altShift("s");
        assertThat(browser.waitFor(By.id("review-summary")).getText()).contains("3 · ").contains("with evidence").contains("Yes");
        assertThat(activeId()).as("the review does not open on its confirm button").isNotEqualTo("confirm-submit");
        keys(Keys.ENTER);
        browser.waitForVaadin();
        assertThat(scorecards.mine(Actor.of(interviewer), interviewId).isSubmitted()).as("an Enter in the review does not confirm it").isFalse();
        tabUntil(el -> "confirm-submit".equals(activeId()));
        keys(Keys.ENTER);
        browser.waiting().until(d -> "submitted".equals(d.findElement(By.id("save-status")).getAttribute("data-state")));

        Scorecard submitted = scorecards.mine(Actor.of(interviewer), interviewId);
        assertThat(submitted.isSubmitted()).isTrue();
        assertThat(submitted.notes()).hasSize(questions);
        assertThat(submitted.ratings()).allSatisfy(r -> assertThat(r.level()).isEqualTo(3));
        assertThat(submitted.recommendation()).isEqualTo(Recommendation.YES);

        browser.driver().navigate().refresh();
        browser.waitForText(By.id("candidate-name"), candidateName);
        browser.waitForVaadin();
        assertThat(((Number) browser.script("return document.querySelector('.question-card .question-timer')._panelSeconds()")).intValue())
                .as("the timer shows the stored seconds after a reload").isEqualTo(submitted.notes().get(0).seconds());
    }

    @Test
    void a_skip_link_takes_the_keyboard_past_the_questions_to_the_first_rating_and_every_rating_group_is_named() {
        browser.signIn(interviewer);
        browser.open("/interview/" + interviewId);
        browser.waitForText(By.id("candidate-name"), candidateName);
        tabUntil(el -> "skip-to-ratings".equals(activeId()));
        keys(Keys.ENTER);
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.script(
                "const a = document.activeElement; return !!a && !!a.closest('.rating-field') && a.type === 'radio';")));
        assertThat(browser.script("return Array.from(document.querySelectorAll('.scoring-form vaadin-radio-group.rating-levels'))"
                + ".map(g => g.getAttribute('aria-label'))")).asList()
                .containsExactlyElementsOf(stage.focus().stream().map(f -> "Rating: " + f.name()).toList());
        keys("?");
        browser.waitForText(By.id("shortcut-list"), "Alt+Shift+N");
    }

    /** Presses Tab until the focused element passes {@code found} (its text or id), at most 60 times. */
    private void tabUntil(Predicate<Object> found) {
        for (int i = 0; i < 60; i++) {
            keys(Keys.TAB);
            Object focused = browser.script("const a = document.activeElement; return a ? (a.id + ' ' + (a.innerText || '')) : '';");
            if (found.test(focused)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the element");
    }

    private String activeId() {
        return String.valueOf(browser.script("""
                let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
                const host = a && a.closest('[id]'); return host ? host.id : '';"""));
    }

    /** Presses Alt+Shift and the key together, as the shortcuts that also work while typing are pressed. */
    private void altShift(String key) {
        new Actions(browser.driver()).keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys(key).keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();
    }

    private void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Waits until the database holds what was typed, and the page says it is saved. */
    private void waitUntilStored(Predicate<Scorecard> typed) {
        browser.waiting().until(d -> typed.test(scorecards.mine(Actor.of(interviewer), interviewId)));
        browser.waiting().until(d -> "ok".equals(d.findElement(By.id("save-status")).getAttribute("data-state")));
    }
}
