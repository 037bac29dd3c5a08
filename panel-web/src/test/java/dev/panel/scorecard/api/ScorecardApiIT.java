package dev.panel.scorecard.api;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditLog;
import dev.panel.candidate.Candidate;
import dev.panel.common.api.ApiError;
import dev.panel.loop.AssignedInterview;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.InterviewKit;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.question.Question;
import dev.panel.scorecard.Amendment;
import dev.panel.scorecard.Note;
import dev.panel.scorecard.Rating;
import dev.panel.scorecard.Recommendation;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.scorecard.ScorecardState;
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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ScorecardApiIT implements DatabaseTest {

    @Inject
    ApiUsers users;
    @Inject
    LoopFixture fixture;
    @Inject
    ApiJson json;
    @Inject
    AuditLog audit;

    PanelClient recruiter;
    SignedIn a;
    SignedIn b;
    ScorecardCalls scorecardsOfA;
    ScorecardCalls scorecardsOfB;

    @BeforeAll
    void signIn() {
        List<SignedIn> people = users.people(Role.RECRUITER, Role.INTERVIEWER, Role.INTERVIEWER);
        recruiter = people.get(0).client();
        a = people.get(1);
        b = people.get(2);
        scorecardsOfA = new ScorecardCalls(a.client(), json);
        scorecardsOfB = new ScorecardCalls(b.client(), json);
    }

    @Test
    void an_interviewer_goes_from_the_kit_to_one_submitted_scorecard_for_a_candidate_the_recruiter_just_added() {
        Candidate candidate = json.read(recruiter.postJson("/api/candidates", json.write(Map.of("name", Names.unique("Grace Hopper")))),
                201, Candidate.class);
        OpenLoop request = new OpenLoop(candidate.id(), fixture.technicalLeadPlan().id(),
                List.of(new OpenLoop.Assignment(0, null, List.of(a.id(), b.id()))));
        LoopView loop = json.read(recruiter.postJson("/api/loops", json.write(request)), 201, LoopView.class);
        long interviewId = loop.interviews().get(0).interview().id();

        assertThat(json.readList(a.client().get("/api/interviews"), 200, AssignedInterview.class))
                .filteredOn(i -> i.interview().id() == interviewId).singleElement()
                .satisfies(i -> assertThat(i.candidateName()).isEqualTo(candidate.name()));
        InterviewKit kit = json.read(a.client().get("/api/interviews/" + interviewId), 200, InterviewKit.class);

        Scorecard draft = scorecardsOfA.mine(interviewId);
        assertThat(draft.state()).isEqualTo(ScorecardState.DRAFT);
        assertThat(draft.id()).as("not stored until the first save").isNull();
        FrozenPlan.Focus unproven = kit.stage().focus().get(1);
        ScorecardContent partial = new ScorecardContent(
                kit.questions().stream().map(q -> new Note(q.id(), "Asked: " + q.text() + "\nAnswer: a concrete example, with figures.")).toList(),
                kit.stage().focus().stream().map(f -> new Rating(f.competencyId(), f.rubricVersionId(), 3,
                        f.equals(unproven) ? "" : "Weighed two designs against the deadline for " + f.name() + ".")).toList(),
                Recommendation.YES);
        Scorecard saved = json.read(scorecardsOfA.save(draft, partial), 200, Scorecard.class);

        Scorecard readBack = json.read(scorecardsOfA.get(saved.id()), 200, Scorecard.class);
        assertThat(readBack.content()).isEqualTo(partial);
        assertThat(readBack.version()).isEqualTo(saved.version());

        ApiError missing = json.error(scorecardsOfA.submit(saved.id()), 400);
        assertThat(missing.message()).contains("evidence for " + unproven.name());

        json.read(scorecardsOfA.save(readBack, LoopFixture.complete(kit.stage(), "Cut scope to ship on time.")), 200, Scorecard.class);
        Scorecard submitted = json.read(scorecardsOfA.submit(saved.id()), 200, Scorecard.class);
        assertThat(submitted.state()).isEqualTo(ScorecardState.SUBMITTED);
        assertThat(submitted.submittedAt()).isNotNull();

        Scorecard stored = json.read(scorecardsOfA.get(saved.id()), 200, Scorecard.class);
        Scorecard again = json.read(scorecardsOfA.submit(saved.id()), 200, Scorecard.class);
        assertThat(again).isEqualTo(stored);
        assertThat(audit.about("scorecard:" + saved.id())).extracting(AuditEvent::action).containsOnlyOnce("scorecard.submitted");
    }

    @Test
    void reading_ones_scorecard_leaves_the_panel_open_to_change_and_the_first_save_fixes_it() {
        LoopView loop = fixture.openWithFirstStage(List.of(a.user(), b.user()));
        long interviewId = loop.interviews().get(0).interview().id();
        String panelOfA = json.write(Map.of("scheduledAt", "2030-01-07T10:00:00Z", "interviewerIds", List.of(a.id())));
        String panelOfBoth = json.write(Map.of("scheduledAt", "2030-01-08T10:00:00Z", "interviewerIds", List.of(a.id(), b.id())));

        Scorecard read = scorecardsOfA.mine(interviewId);
        scorecardsOfA.mine(interviewId);
        assertThat(read.id()).isNull();
        assertThat(read.version()).isNull();
        assertThat(recruiter.putJson("/api/interviews/" + interviewId + "/panel", panelOfA).statusCode())
                .as("after reading, the panel and time still change").isEqualTo(200);
        assertThat(recruiter.putJson("/api/interviews/" + interviewId + "/panel", panelOfBoth).statusCode()).isEqualTo(200);

        Question first = json.read(a.client().get("/api/interviews/" + interviewId), 200, InterviewKit.class).questions().get(0);
        Scorecard saved = json.read(scorecardsOfA.save(read, new ScorecardContent(List.of(new Note(first.id(), "First words.", 95)), null, null)),
                200, Scorecard.class);

        assertThat(saved.id()).isNotNull();
        assertThat(json.read(scorecardsOfA.get(saved.id()), 200, Scorecard.class).notes()).containsExactly(new Note(first.id(), "First words.", 95));
        ApiError frozen = json.error(recruiter.putJson("/api/interviews/" + interviewId + "/panel", panelOfA), 409);
        assertThat(frozen.message()).contains("Scoring has started");
        ApiError secondFirstSave = json.error(scorecardsOfA.save(read, new ScorecardContent(List.of(), null, null)), 409);
        assertThat(secondFirstSave.message()).as("a tab that never saw the stored draft").contains("another tab");
    }

    @Test
    void a_submitted_scorecard_refuses_an_edit_with_409_and_points_to_an_amendment() {
        Scorecard submitted = submittedByA();

        ApiError refused = json.error(scorecardsOfA.save(submitted, new ScorecardContent(null, null, Recommendation.STRONG_NO)), 409);

        assertThat(refused.message()).contains("submitted").contains("amend");
        assertThat(json.read(scorecardsOfA.get(submitted.id()), 200, Scorecard.class).recommendation()).isEqualTo(Recommendation.YES);
    }

    @Test
    void an_amendment_without_a_reason_is_refused_with_400() {
        Scorecard submitted = submittedByA();

        ApiError refused = json.error(amend(submitted, "  ", submitted.content()), 400);

        assertThat(refused.message()).contains("reason");
        assertThat(json.readList(a.client().get(amendmentsOf(submitted)), 200, Amendment.class)).isEmpty();
    }

    @Test
    void an_amendment_with_a_reason_changes_the_scorecard_and_keeps_the_original_with_who_and_why() {
        Scorecard submitted = submittedByA();
        ScorecardContent original = submitted.content();
        ScorecardContent changed = new ScorecardContent(original.notes(), original.ratings(), Recommendation.STRONG_YES);

        Scorecard amended = json.read(amend(submitted, "Mixed up two candidates' recommendations.", changed), 201, Scorecard.class);

        assertThat(amended.recommendation()).isEqualTo(Recommendation.STRONG_YES);
        Scorecard reread = json.read(scorecardsOfA.get(submitted.id()), 200, Scorecard.class);
        assertThat(reread.content()).isEqualTo(changed);
        assertThat(reread.state()).isEqualTo(ScorecardState.SUBMITTED);
        assertThat(json.readList(a.client().get(amendmentsOf(submitted)), 200, Amendment.class)).singleElement().satisfies(amendment -> {
            assertThat(amendment.previous()).isEqualTo(original);
            assertThat(amendment.amendedBy()).isEqualTo(a.username());
            assertThat(amendment.reason()).isEqualTo("Mixed up two candidates' recommendations.");
            assertThat(amendment.amendedAt()).isNotNull();
        });
    }

    @Test
    void a_save_from_a_stale_tab_is_refused_with_409_and_the_newer_text_is_kept() {
        long interviewId = fixture.openWithFirstStage(List.of(a.user())).interviews().get(0).interview().id();
        Scorecard openedInBothTabs = scorecardsOfA.started(interviewId);
        Question first = json.read(a.client().get("/api/interviews/" + interviewId), 200, InterviewKit.class).questions().get(0);
        ScorecardContent newer = new ScorecardContent(List.of(new Note(first.id(), "Newer text from the second tab.")), null, null);
        json.read(scorecardsOfA.save(openedInBothTabs, newer), 200, Scorecard.class);

        ApiError refused = json.error(scorecardsOfA.save(openedInBothTabs,
                new ScorecardContent(List.of(new Note(first.id(), "Older text from the first tab.")), null, null)), 409);

        assertThat(refused.message()).contains("another tab");
        assertThat(json.read(scorecardsOfA.get(openedInBothTabs.id()), 200, Scorecard.class).notes()).containsExactlyElementsOf(newer.notes());
    }

    @Test
    void a_rating_off_the_rubric_scale_is_refused_with_400() {
        LoopView loop = fixture.openWithFirstStage(List.of(a.user()));
        FrozenPlan.Focus focus = loop.interviews().get(0).stage().focus().get(0);
        Scorecard draft = scorecardsOfA.mine(loop.interviews().get(0).interview().id());

        ApiError refused = json.error(scorecardsOfA.save(draft,
                new ScorecardContent(null, List.of(new Rating(focus.competencyId(), focus.rubricVersionId(), 9, "Off the scale.")), null)), 400);

        assertThat(refused.message()).contains(focus.name()).contains("between 1 and 4");
    }

    @Test
    void nobody_but_its_author_may_write_a_scorecard() {
        LoopView loop = fixture.openWithFirstStage(List.of(a.user(), b.user()));
        Scorecard draftOfA = scorecardsOfA.started(loop.interviews().get(0).interview().id());

        json.error(scorecardsOfB.save(draftOfA, LoopFixture.complete(loop.interviews().get(0).stage(), "Not mine to write.")), 403);
        json.error(scorecardsOfB.submit(draftOfA.id()), 403);
        Scorecard unchanged = json.read(scorecardsOfA.get(draftOfA.id()), 200, Scorecard.class);
        assertThat(unchanged.state()).isEqualTo(ScorecardState.DRAFT);
        assertThat(unchanged.version()).isEqualTo(draftOfA.version());
        assertThat(unchanged.content()).isEqualTo(draftOfA.content());
    }

    @Test
    void without_a_token_every_scorecard_resource_answers_401() {
        Scorecard submitted = submittedByA();
        String card = "/api/scorecards/" + submitted.id();
        String body = json.write(Map.of("version", submitted.version(), "content", submitted.content()));
        PanelClient anonymous = users.anonymous();

        List<Integer> statuses = List.of(
                anonymous.get("/api/interviews/" + submitted.interviewId() + "/scorecard").statusCode(),
                anonymous.get(card).statusCode(),
                anonymous.putJson(card, body).statusCode(),
                anonymous.post(card + "/submit").statusCode(),
                anonymous.postJson(card + "/amendments", body).statusCode(),
                anonymous.get(card + "/amendments").statusCode(),
                anonymous.get("/api/loops/" + submitted.loopId() + "/scorecards").statusCode());

        assertThat(statuses).containsOnly(401).hasSize(7);
    }

    private Scorecard submittedByA() {
        LoopView loop = fixture.openWithFirstStage(List.of(a.user()));
        return scorecardsOfA.submitted(loop.interviews().get(0).interview().id(), loop.interviews().get(0).stage(), "Sketched the MVP in one service.");
    }

    private java.net.http.HttpResponse<String> amend(Scorecard scorecard, String reason, ScorecardContent content) {
        return a.client().postJson(amendmentsOf(scorecard), json.write(Map.of("reason", reason, "content", content)));
    }

    private static String amendmentsOf(Scorecard scorecard) {
        return "/api/scorecards/" + scorecard.id() + "/amendments";
    }
}
