package dev.panel.scorecard;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditLog;
import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.CalibrationService;
import dev.panel.candidate.CandidateService;
import dev.panel.loop.LoopOpening;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.plan.PlanService;
import dev.panel.plan.QuestionPlan;
import dev.panel.role.RoleService;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.Names;
import dev.panel.user.Actor;
import dev.panel.user.NewUser;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An interviewer scores live in headless Chromium: notes survive a reload, submitting with missing
 * evidence says what is missing, and a second panelist sees nothing of the first one's scorecard until
 * they have submitted their own; the hiring manager then reads the debrief and records the decision.
 */
@MicronautTest(transactional = false)
class ScoringBrowserIT implements DatabaseTest {

    static final String PASSWORD = "panel-test-password";

    @Inject
    UserService users;
    @Inject
    CandidateService candidates;
    @Inject
    CalibrationService calibration;
    @Inject
    RoleService roles;
    @Inject
    PlanService plans;
    @Inject
    LoopOpening loops;
    @Inject
    ScorecardService scorecards;
    @Inject
    AuditLog audit;
    @Inject
    dev.panel.decision.DecisionService decisions;

    @RegisterExtension
    static final Browser browser = Browser.extension();
    User first;
    User second;
    User manager;
    long loopId;
    long secondInterviewId;
    String candidateName;
    long candidateId;
    long roleId;
    long interviewId;

    @BeforeAll
    void openLoopWithTwoInterviewersOnTheFirstStage() {
        first = users.create(new NewUser(Names.unique("iv"), "Farah First", PASSWORD, Set.of(Role.INTERVIEWER)));
        second = users.create(new NewUser(Names.unique("iv"), "Sami Second", PASSWORD, Set.of(Role.INTERVIEWER)));
        User recruiter = users.create(new NewUser(Names.unique("rec"), "Rae Recruiter", PASSWORD, Set.of(Role.RECRUITER)));
        manager = users.create(new NewUser(Names.unique("hm"), "Hana Hiring", PASSWORD, Set.of(Role.HIRING_MANAGER)));
        Actor opener = Actor.of(recruiter);
        candidateName = Names.unique("Candidate");
        candidateId = candidates.create(opener, candidateName, null).id();
        roleId = roles.findBySlug("technical-lead").orElseThrow().role().id();
        QuestionPlan plan = plans.published(roleId).get(0);
        LoopView loop = loops.open(opener, new OpenLoop(candidateId, plan.id(),
                List.of(new OpenLoop.Assignment(0, Instant.now().minusSeconds(3600), List.of(first.id(), second.id())))));
        interviewId = loop.interviews().get(0).interview().id();
        loopId = loop.loop().id();
        LoopView another = loops.open(opener, new OpenLoop(candidates.create(opener, Names.unique("Candidate"), null).id(), plan.id(),
                List.of(new OpenLoop.Assignment(0, Instant.now(), List.of(first.id())))));
        secondInterviewId = another.interviews().get(0).interview().id();
    }

    @Test
    void an_interviewer_scores_submits_and_only_then_sees_the_panel() {
        browser.forgetSession();
        signInAndOpen(first);
        String notes = "Cut the release scope in week two when the payment provider slipped; told sales the same day.";
        WebElement firstNotes = browser.waitFor(By.cssSelector(".question-card textarea"));
        firstNotes.sendKeys(notes);
        waitUntilStored(first, card -> !card.notes().isEmpty() && card.notes().get(0).text().equals(notes));

        browser.driver().navigate().refresh();
        browser.waitForText(By.id("candidate-name"), candidateName);
        assertThat(browser.waitFor(By.cssSelector(".question-card textarea")).getAttribute("value")).isEqualTo(notes);

        browser.click(By.id("submit-scorecard"));
        browser.waitForText(By.id("review-missing"), "Still needed before you can submit: a rating for");
        assertThat(browser.driver().findElement(By.id("review-missing")).getText()).contains("evidence for").contains("an overall recommendation");
        assertThat(browser.driver().findElement(By.id("confirm-submit")).getAttribute("disabled")).as("nothing to confirm while something is missing").isNotNull();
        browser.click(By.id("review-back"));
        browser.waiting().until(d -> d.findElements(By.id("submit-review")).isEmpty()
                || d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).isEmpty());

        List<WebElement> fields = browser.driver().findElements(By.cssSelector(".rating-field"));
        assertThat(fields).isNotEmpty();
        for (WebElement field : fields) {
            browser.click(field.findElements(By.tagName("vaadin-radio-button")).get(2));
            field.findElement(By.tagName("textarea")).sendKeys("Evidence from Farah for " + field.findElement(By.tagName("h3")).getText());
        }
        browser.click(browser.driver().findElements(By.cssSelector("#recommendation vaadin-radio-button")).get(3));
        waitUntilStored(first, card -> card.recommendation() == Recommendation.STRONG_YES
                && card.ratings().stream().allMatch(r -> r.level() != null && r.level() == 3 && r.evidence().startsWith("Evidence from Farah for ")
                && r.evidence().length() > "Evidence from Farah for ".length() + 5));
        browser.click(By.id("submit-scorecard"));
        assertThat(browser.waitFor(By.id("review-summary")).getText()).contains("3 · ").contains("with evidence").contains("Strong yes");
        browser.click(By.id("confirm-submit"));
        browser.waiting().until(d -> "submitted".equals(d.findElement(By.id("save-status")).getAttribute("data-state")));
        assertThat(browser.driver().findElement(By.cssSelector(".question-card textarea")).getAttribute("readonly")).isNotNull();

        browser.forgetSession();
        signInAndOpen(second);
        browser.waitForText(By.id("panel-progress"), "1 of 2 scorecards for this candidate are submitted.");
        String page = browser.driver().findElement(By.tagName("body")).getText();
        assertThat(page).doesNotContain("Evidence from Farah").doesNotContain("Farah First").doesNotContain(notes);

        for (WebElement field : browser.driver().findElements(By.cssSelector(".rating-field"))) {
            browser.click(field.findElements(By.tagName("vaadin-radio-button")).get(1));
            field.findElement(By.tagName("textarea")).sendKeys("Sami's own evidence.");
        }
        browser.click(browser.driver().findElements(By.cssSelector("#recommendation vaadin-radio-button")).get(1));
        waitUntilStored(second, card -> card.recommendation() == Recommendation.NO
                && card.ratings().stream().allMatch(r -> r.level() != null && "Sami's own evidence.".equals(r.evidence())));
        browser.doubleClick(By.id("submit-scorecard"));
        browser.doubleClick(By.id("confirm-submit"));
        browser.waitForText(By.id("panel-progress"), "2 of 2 scorecards for this candidate are submitted.");
        assertThat(audit.about("scorecard:" + scorecards.mine(Actor.of(second), interviewId).id())).extracting(AuditEvent::action)
                .as("a double click submits once").containsOnlyOnce("scorecard.submitted");
        assertThat(browser.waitFor(By.cssSelector(".panel-scorecard")).getText()).contains("Farah First").contains("Strong yes");

        browser.forgetSession();
        browser.signIn(manager);
        browser.go("/loops/" + loopId + "/debrief");
        browser.waitForText(By.id("debrief-heading"), candidateName);
        assertThat(browser.waitFor(By.id("debrief-matrix")).getText()).contains("Farah First").contains("Sami Second");
        assertThat(browser.driver().findElement(By.id("recommendation-tally")).getText()).contains("Strong yes: 1").contains("No: 1");
        assertThat(browser.driver().findElements(By.cssSelector(".disagreement"))).as("a 3 against a 2 is no disagreement").isEmpty();
        CalibrationResult.CandidateStats fair = calibration.candidate(Actor.of(manager), roleId, candidateId).orElseThrow();
        assertThat(browser.driver().findElement(By.cssSelector("#fair-score .fair-score-line")).getText())
                .startsWith(String.format(Locale.ROOT, "Raw mean %.2f · fair score %.2f ± %.2f over %d ratings.",
                        fair.rawMean(), fair.fairScore(), fair.fairSe(), fair.ratings()));

        browser.click(By.id("record-decision"));
        browser.waiting().until(d -> d.findElement(By.id("decision-reason")).getAttribute("invalid") != null);
        browser.click(browser.driver().findElements(By.cssSelector("#decision-outcome vaadin-radio-button")).get(0));
        browser.waitFor(By.cssSelector("#decision-reason textarea")).sendKeys("Consistent delivery evidence from both panelists.");
        browser.doubleClick(By.id("record-decision"));
        browser.waitForText(By.id("decision-recorded"), "Hire, decided by " + manager.username());
        assertThat(audit.about("loop:" + loopId)).extracting(AuditEvent::action).as("a double click decides once")
                .containsOnlyOnce("decision.recorded");
        assertThat(decisions.of(Actor.of(manager), loopId)).hasValueSatisfying(d ->
                assertThat(d.reason()).isEqualTo("Consistent delivery evidence from both panelists."));
    }

    @Test
    void an_older_tab_cannot_overwrite_newer_text_and_says_why() {
        browser.forgetSession();
        browser.signIn(first);
        browser.go("/interview/" + secondInterviewId);
        String older = browser.driver().getWindowHandle();
        browser.waitFor(By.cssSelector(".question-card textarea")).sendKeys("Typed in the first tab.");
        waitUntilStored(first, secondInterviewId, card -> notesOf(card).equals("Typed in the first tab."));

        browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.go("/interview/" + secondInterviewId);
        WebElement newer = browser.waitFor(By.cssSelector(".question-card textarea"));
        assertThat(newer.getAttribute("value")).isEqualTo("Typed in the first tab.");
        newer.sendKeys(" Then more in the second.");
        waitUntilStored(first, secondInterviewId, card -> notesOf(card).equals("Typed in the first tab. Then more in the second."));

        browser.driver().switchTo().window(older);
        browser.waitFor(By.cssSelector(".question-card textarea")).sendKeys(" Stale addition.");
        browser.waiting().until(d -> "failed".equals(d.findElement(By.id("save-status")).getAttribute("data-state")));
        assertThat(browser.script("return document.getElementById('save-status').textContent")).asString()
                .contains("saved from another tab or window").contains("Reload");
        assertThat(notesOf(scorecards.mine(Actor.of(first), secondInterviewId))).isEqualTo("Typed in the first tab. Then more in the second.");
    }

    private static String notesOf(Scorecard card) {
        return card.notes().isEmpty() ? "" : card.notes().get(0).text();
    }

    private void signInAndOpen(User user) {
        browser.signIn(user);
        browser.go("/interview/" + interviewId);
        browser.waitForText(By.id("candidate-name"), candidateName);
    }

    /** Waits until the database holds what the interviewer typed: the promise autosave makes. */
    private void waitUntilStored(User who, java.util.function.Predicate<Scorecard> typed) {
        waitUntilStored(who, interviewId, typed);
    }

    private void waitUntilStored(User who, long interview, java.util.function.Predicate<Scorecard> typed) {
        browser.waiting().until(d -> typed.test(scorecards.mine(Actor.of(who), interview)));
        browser.waiting().withMessage(() -> "the save status says: " + browser.driver().findElement(By.id("save-status")).getText())
                .until(d -> "ok".equals(d.findElement(By.id("save-status")).getAttribute("data-state")));
    }
}
