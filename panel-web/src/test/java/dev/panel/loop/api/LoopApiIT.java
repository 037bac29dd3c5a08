package dev.panel.loop.api;

import dev.panel.candidate.Candidate;
import dev.panel.common.api.ApiError;
import dev.panel.competency.RubricLevel;
import dev.panel.loop.AssignPanel;
import dev.panel.loop.AssignedInterview;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.InterviewKit;
import dev.panel.loop.InterviewView;
import dev.panel.loop.LoopState;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.plan.PlanStage;
import dev.panel.plan.QuestionPlan;
import dev.panel.question.Question;
import dev.panel.question.QuestionService;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import dev.panel.testing.ScorecardCalls;
import dev.panel.testing.SignedIn;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class LoopApiIT implements DatabaseTest {

    @Inject
    ApiUsers users;
    @Inject
    LoopFixture fixture;
    @Inject
    ApiJson json;
    @Inject
    QuestionService questions;

    PanelClient recruiter;
    SignedIn a;
    SignedIn b;
    PanelClient outsider;
    QuestionPlan plan;

    @BeforeAll
    void signIn() {
        List<SignedIn> people = users.people(Role.RECRUITER, Role.INTERVIEWER, Role.INTERVIEWER, Role.INTERVIEWER);
        recruiter = people.get(0).client();
        a = people.get(1);
        b = people.get(2);
        outsider = people.get(3).client();
        plan = fixture.technicalLeadPlan();
    }

    @Test
    void a_recruiter_opens_a_loop_with_one_interview_per_stage_of_the_plan_and_finds_it_in_their_list() {
        Candidate candidate = json.read(recruiter.postJson("/api/candidates", json.write(Map.of("name", Names.unique("Ada Lovelace")))),
                201, Candidate.class);
        Instant at = Instant.parse("2030-03-04T09:30:00Z");
        OpenLoop request = new OpenLoop(candidate.id(), plan.id(), List.of(new OpenLoop.Assignment(1, at, List.of(a.id(), b.id()))));

        LoopView opened = json.read(recruiter.postJson("/api/loops", json.write(request)), 201, LoopView.class);

        assertThat(opened.loop().candidateId()).isEqualTo(candidate.id());
        assertThat(opened.loop().state()).isEqualTo(LoopState.OPEN);
        assertThat(opened.interviews()).extracting(i -> i.stage().name()).containsExactlyElementsOf(plan.stages().stream().map(PlanStage::name).toList());
        InterviewView second = opened.interviews().get(1);
        assertThat(second.panelistIds()).containsExactly(a.id(), b.id());
        assertThat(second.interview().scheduledAt()).isEqualTo(at);
        assertThat(json.readList(recruiter.get("/api/loops"), 200, LoopView.class)).extracting(l -> l.loop().id()).contains(opened.loop().id());
    }

    @Test
    void the_loop_shows_every_panelist_and_that_nobody_has_started_scoring() {
        LoopView loop = fixture.openWithFirstStage(List.of(a.user(), b.user()));

        Map<?, ?> detail = json.read(a.client().get("/api/loops/" + loop.loop().id()), 200, Map.class);

        assertThat((List<?>) detail.get("interviews")).hasSize(plan.stages().size());
        assertThat((List<?>) detail.get("progress")).hasSize(2).allSatisfy(status -> assertThat(((Map<?, ?>) status).containsKey("state")).isFalse());
    }

    @Test
    void an_interviewer_lists_the_loops_they_sit_on_and_gets_404_for_any_other() {
        LoopView theirs = fixture.openWithFirstStage(List.of(a.user()));
        LoopView other = fixture.openWithFirstStage(List.of(b.user()));

        assertThat(json.readList(a.client().get("/api/loops"), 200, LoopView.class)).extracting(l -> l.loop().id())
                .contains(theirs.loop().id()).doesNotContain(other.loop().id());
        assertThat(json.error(a.client().get("/api/loops/" + other.loop().id()), 404).message()).contains("no loop with id " + other.loop().id());
        json.error(a.client().get("/api/loops/" + other.loop().id() + "/scorecards"), 404);
    }

    @Test
    void an_interviewer_lists_exactly_their_own_interviews_with_the_candidates_name() {
        SignedIn newcomer = users.person(Role.INTERVIEWER);
        LoopView first = fixture.openWithFirstStage(List.of(newcomer.user(), b.user()));
        LoopView second = fixture.open(List.of(new OpenLoop.Assignment(2, null, List.of(newcomer.id())),
                new OpenLoop.Assignment(3, null, List.of(b.id()))));

        List<AssignedInterview> interviews = json.readList(newcomer.client().get("/api/interviews"),
                200, AssignedInterview.class);

        assertThat(interviews).extracting(i -> i.interview().id()).containsExactlyInAnyOrder(
                first.interviews().get(0).interview().id(), second.interviews().get(2).interview().id());
        assertThat(interviews).allSatisfy(interview -> assertThat(interview.candidateName()).startsWith("Candidate-"));
    }

    @Test
    void the_kit_holds_the_frozen_stage_its_questions_in_order_and_the_anchors_of_each_focus_rubric() {
        LoopView loop = fixture.openWithFirstStage(List.of(a.user()));
        FrozenPlan.Stage stage = loop.interviews().get(0).stage();

        InterviewKit kit = json.read(a.client().get("/api/interviews/" + loop.interviews().get(0).interview().id()), 200, InterviewKit.class);

        assertThat(kit.stage()).isEqualTo(stage);
        assertThat(kit.questions()).extracting(Question::id).containsExactlyElementsOf(stage.questionIds());
        Question first = questions.get(stage.questionIds().get(0)).question();
        assertThat(kit.questions().get(0)).satisfies(q -> {
            assertThat(q.text()).isEqualTo(first.text());
            assertThat(q.probes()).isEqualTo(first.probes()).isNotEmpty();
            assertThat(q.strongAnswer()).isEqualTo(first.strongAnswer()).isNotEmpty();
            assertThat(q.redFlags()).isEqualTo(first.redFlags()).isNotEmpty();
            assertThat(q.minutes()).isEqualTo(first.minutes()).isPositive();
        });
        assertThat(kit.rubrics()).extracting(InterviewKit.FocusRubric::competencyId)
                .containsExactlyElementsOf(stage.focus().stream().map(FrozenPlan.Focus::competencyId).toList());
        assertThat(kit.rubrics()).allSatisfy(focus -> {
            assertThat(focus.rubric().id()).isEqualTo(stage.focus().stream()
                    .filter(f -> f.competencyId() == focus.competencyId()).findFirst().orElseThrow().rubricVersionId());
            assertThat(focus.rubric().levels()).extracting(RubricLevel::level).containsExactly(1, 2, 3, 4);
            assertThat(focus.rubric().levels()).extracting(RubricLevel::anchor).allSatisfy(anchor -> assertThat(anchor).hasSizeGreaterThan(40));
        });
    }

    @Test
    void an_interviewer_gets_404_for_an_interview_they_are_not_assigned_to_even_on_their_own_loop() {
        LoopView loop = fixture.open(List.of(new OpenLoop.Assignment(0, null, List.of(a.id())), new OpenLoop.Assignment(1, null, List.of(b.id()))));
        long notTheirs = loop.interviews().get(1).interview().id();

        assertThat(json.error(a.client().get("/api/interviews/" + notTheirs), 404).message()).contains("no interview with id " + notTheirs);
        json.error(a.client().get("/api/interviews/" + notTheirs + "/scorecard"), 404);
        json.error(outsider.get("/api/interviews/" + loop.interviews().get(0).interview().id()), 404);
    }

    @Test
    void a_recruiter_changes_an_interviews_panel_until_scoring_starts() {
        LoopView loop = fixture.openWithFirstStage(List.of(a.user()));
        long interviewId = loop.interviews().get(0).interview().id();
        Instant at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

        InterviewView changed = json.read(recruiter.putJson(panelOf(interviewId), json.write(new AssignPanel(at, List.of(b.id())))),
                200, InterviewView.class);

        assertThat(changed.panelistIds()).containsExactly(b.id());
        assertThat(changed.interview().scheduledAt()).isEqualTo(at);
        json.error(a.client().get("/api/interviews/" + interviewId), 404);
        new ScorecardCalls(b.client(), json).started(interviewId); // b's first save starts the scoring

        ApiError refused = json.error(recruiter.putJson(panelOf(interviewId), json.write(new AssignPanel(at, List.of(a.id())))), 409);
        assertThat(refused.message()).contains("Scoring has started");
    }

    @Test
    void a_panel_change_from_a_form_read_before_someone_elses_change_is_refused_with_409_and_theirs_kept() {
        LoopView loop = fixture.openWithFirstStage(List.of(a.user()));
        long interviewId = loop.interviews().get(0).interview().id();
        Long readAt = loop.interviews().get(0).interview().version();
        Instant at = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        json.read(recruiter.putJson(panelOf(interviewId), json.write(new AssignPanel(at, List.of(b.id()), readAt))), 200, InterviewView.class);

        ApiError refused = json.error(recruiter.putJson(panelOf(interviewId), json.write(new AssignPanel(null, List.of(a.id()), readAt))), 409);

        assertThat(refused.message()).contains("Someone else changed this interview").contains("Reload");
        InterviewView kept = json.read(recruiter.get("/api/loops/" + loop.loop().id()), 200, LoopView.class).interviews().get(0);
        assertThat(kept.panelistIds()).containsExactly(b.id());
        assertThat(kept.interview().scheduledAt()).isEqualTo(at);
    }

    @Test
    void an_interviewer_may_not_change_a_panel() {
        long interviewId = fixture.openWithFirstStage(List.of(a.user())).interviews().get(0).interview().id();

        ApiError refused = json.error(a.client().putJson(panelOf(interviewId), json.write(new AssignPanel(null, List.of(a.id(), b.id())))), 403);

        assertThat(refused.message()).contains("assign interviewers");
    }

    @Test
    void opening_a_loop_on_a_stage_the_plan_does_not_have_is_refused_with_400() {
        Candidate candidate = json.read(recruiter.postJson("/api/candidates", json.write(Map.of("name", Names.unique("Alan Turing")))),
                201, Candidate.class);
        OpenLoop request = new OpenLoop(candidate.id(), plan.id(), List.of(new OpenLoop.Assignment(9, null, List.of(a.id()))));

        ApiError refused = json.error(recruiter.postJson("/api/loops", json.write(request)), 400);

        assertThat(refused.message()).contains("no stage 9");
    }

    @Test
    void without_a_token_loops_and_interviews_answer_401() {
        LoopView loop = fixture.openWithFirstStage(List.of(a.user()));
        long interviewId = loop.interviews().get(0).interview().id();
        PanelClient anonymous = users.anonymous();

        List<Integer> statuses = List.of(
                anonymous.get("/api/loops").statusCode(),
                anonymous.postJson("/api/loops", json.write(new OpenLoop(loop.loop().candidateId(), plan.id(), null))).statusCode(),
                anonymous.get("/api/loops/" + loop.loop().id()).statusCode(),
                anonymous.get("/api/interviews").statusCode(),
                anonymous.get("/api/interviews/" + interviewId).statusCode(),
                anonymous.putJson(panelOf(interviewId), json.write(new AssignPanel(null, List.of(a.id())))).statusCode());

        assertThat(statuses).containsOnly(401).hasSize(6);
    }

    private static String panelOf(long interviewId) {
        return "/api/interviews/" + interviewId + "/panel";
    }
}
