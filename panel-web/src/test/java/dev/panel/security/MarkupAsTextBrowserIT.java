package dev.panel.security;

import dev.panel.candidate.CandidateService;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.NewCompetency;
import dev.panel.competency.RubricLevel;
import dev.panel.decision.DecisionService;
import dev.panel.decision.Outcome;
import dev.panel.loop.LoopOpening;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.plan.PlanDraft;
import dev.panel.plan.PlanService;
import dev.panel.plan.PlanStage;
import dev.panel.plan.PlanView;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import dev.panel.question.QuestionService;
import dev.panel.role.Requirement;
import dev.panel.role.RoleDraft;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.scorecard.Note;
import dev.panel.scorecard.Rating;
import dev.panel.scorecard.Recommendation;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.scorecard.ScorecardService;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LibraryFixture;
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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script and markup typed into any text field that other views show stay text: a candidate's name, a question, a
 * competency and its rubric anchors, a plan and its stage, an interviewer's display name, notes, evidence, an
 * amendment reason and a decision reason, each holding an {@code <img onerror>} and a {@code <script>}, are shown
 * literally on every view that shows them (the calibration plot, drawn as SVG markup, included), and none of them runs.
 */
@MicronautTest(transactional = false)
class MarkupAsTextBrowserIT implements DatabaseTest {

    static final String PASSWORD = "panel-test-password";
    static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    static final String SCRIPT = "<script>window.__xss=1</script>";
    /** Evidence and the others' scorecards sit in closed details (grid cells render late): open them, then read the page's text. */
    static final String OPEN_DETAILS_AND_READ = "document.querySelectorAll('vaadin-details').forEach(d => d.opened = true);"
            + " return document.body.innerText;";

    @Inject
    UserService users;
    @Inject
    CandidateService candidates;
    @Inject
    CompetencyService competencies;
    @Inject
    RoleService roles;
    @Inject
    QuestionService questions;
    @Inject
    PlanService plans;
    @Inject
    LoopOpening loops;
    @Inject
    ScorecardService scorecards;
    @Inject
    DecisionService decisions;

    @RegisterExtension
    static final Browser browser = Browser.extension();
    String word;
    User manager;
    User first;
    User second;
    User admin;
    long loopId;
    long interviewId;
    long planId;
    long roleId;

    /** Text of a field: its own name, a unique word, and both payloads. */
    private String hostile(String field) {
        return field + " " + word + " " + IMG + SCRIPT;
    }

    @BeforeAll
    void libraryLoopAndScorecardsFullOfMarkup() {
        word = LibraryFixture.uniqueWord();
        manager = users.create(new NewUser(Names.unique("hm"), "Manager " + word, PASSWORD, Set.of(Role.HIRING_MANAGER)));
        first = users.create(new NewUser(Names.unique("iv"), hostile("Interviewer"), PASSWORD, Set.of(Role.INTERVIEWER)));
        second = users.create(new NewUser(Names.unique("iv"), "Second " + word, PASSWORD, Set.of(Role.INTERVIEWER)));
        admin = users.create(new NewUser(Names.unique("admin"), "Admin " + word, PASSWORD, Set.of(Role.ADMIN)));
        Actor hm = Actor.of(manager);

        long competency = competencies.create(hm, new NewCompetency(null, hostile("Competency"), hostile("Description"), List.of(
                new RubricLevel(1, "Strong no", hostile("Anchor1")), new RubricLevel(2, "No", hostile("Anchor2")),
                new RubricLevel(3, "Yes", hostile("Anchor3")), new RubricLevel(4, "Strong yes", hostile("Anchor4"))))).competency().id();
        RoleView role = roles.create(hm, new RoleDraft(null, hostile("Role"), "Senior", hostile("Role description"), null,
                List.of(new Requirement(competency, 3, true)), null));
        roleId = role.role().id();
        long question = questions.create(hm, LibraryFixture.newQuestion(hostile("Question") + "?", QuestionKind.BEHAVIOURAL,
                QuestionLevel.INTERMEDIATE, 10, List.of(competency), List.of(roleId))).question().id();
        PlanView draft = plans.create(hm, new PlanDraft(roleId, hostile("Plan"),
                List.of(new PlanStage(hostile("Stage"), 45, 2, List.of(competency), List.of(question))), null));
        planId = draft.plan().id();
        plans.publish(hm, planId, draft.plan().version(), hostile("Override"));

        long candidate = candidates.create(hm, hostile("Candidate"), null).id();
        LoopView loop = loops.open(hm, new OpenLoop(candidate, planId,
                List.of(new OpenLoop.Assignment(0, Instant.now().minusSeconds(3600), List.of(first.id(), second.id())))));
        loopId = loop.loop().id();
        interviewId = loop.interviews().get(0).interview().id();
        var stage = loop.interviews().get(0).stage();
        Map<User, Integer> levels = Map.of(first, 1, second, 4);
        for (User user : List.of(first, second)) {
            Actor actor = Actor.of(user);
            Scorecard card = scorecards.mine(actor, interviewId);
            List<Rating> ratings = stage.focus().stream()
                    .map(f -> new Rating(f.competencyId(), f.rubricVersionId(), levels.get(user), hostile("Evidence"))).toList();
            Scorecard saved = scorecards.saveMine(actor, interviewId, card.version(),
                    new ScorecardContent(List.of(new Note(question, hostile("Notes"))), ratings, Recommendation.YES));
            scorecards.submit(actor, saved.id());
        }
        Scorecard ofFirst = scorecards.mine(Actor.of(first), interviewId);
        scorecards.amend(Actor.of(first), ofFirst.id(), hostile("Amendment"), ofFirst.content());
        decisions.decide(hm, loopId, Outcome.HIRE, hostile("Decision"));
    }

    @Test
    void markup_in_every_text_field_is_shown_as_text_on_every_view_and_never_runs() {
        browser.forgetSession();
        browser.signIn(second);
        visit("/interviews", By.id("home-heading"), "Candidate");
        visit("/interview/" + interviewId, By.id("panel-progress"), "Candidate", "Question", "Competency", "Anchor1", "Anchor4", "Interviewer", "Evidence");

        browser.forgetSession();
        browser.signIn(manager);
        visit("/loops", By.id("loop-overview"), "Candidate", "Plan");
        visit("/loops/" + loopId, By.id("loop-summary"), "Candidate", "Interviewer", "Stage");
        visit("/loops/" + loopId + "/debrief", By.id("decision-recorded"), "Candidate", "Decision", "Interviewer", "Competency", "Evidence");
        visit("/library/plans/" + planId, By.id("home-heading"), "Plan");
        visit("/library/competencies", By.tagName("h1"));
        browser.go("/calibration");
        browser.waitFor(By.id("calibration-show"));
        browser.click(By.id("calibration-show"));
        browser.waitFor(By.cssSelector(".leniency-plot"));
        String plotted = (String) browser.script("return Array.from(document.querySelectorAll('.leniency-row'))"
                + ".map(g => g.getAttribute('data-name')).join('\\n');");
        assertThat(plotted).as("the leniency plot names the interviewer as text").contains(hostile("Interviewer"));
        assertQuiet("/calibration");

        browser.forgetSession();
        browser.signIn(admin);
        visit("/admin/audit", By.id("audit-grid"));
    }

    /** Opens a page, waits for it, and checks that each named field's text is there literally and that nothing ran. */
    private void visit(String path, By ready, String... fields) {
        browser.go(path);
        browser.waitFor(ready);
        for (String field : fields) {
            assertLiteral(field);
        }
        assertQuiet(path);
    }

    private void assertLiteral(String field) {
        String expected = hostile(field);
        browser.waiting().withMessage(() -> "\"" + expected + "\" shown as text on " + browser.path())
                .until(d -> String.valueOf(browser.script(OPEN_DETAILS_AND_READ)).contains(expected));
    }

    private void assertQuiet(String path) {
        assertThat(browser.script("return typeof window.__xss;")).as("script ran on %s", path).isEqualTo("undefined");
        assertThat(browser.script("return document.querySelectorAll('img[src=\"x\"]').length"
                + " + Array.from(document.scripts).filter(s => s.textContent.includes(arguments[0])).length;", word))
                .as("markup became elements on %s", path).isEqualTo(0L);
    }
}
