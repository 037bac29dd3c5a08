package dev.panel.scorecard.api;

import dev.panel.loop.InterviewView;
import dev.panel.loop.LoopView;
import dev.panel.scorecard.Note;
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

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Independent scoring through every API path: a panelist sees nothing of another panelist's scorecard
 * until their own is submitted, and nobody ever sees someone else's draft.
 */
@MicronautTest(transactional = false)
class IndependentScoringApiIT implements DatabaseTest {

    @Inject
    ApiUsers users;
    @Inject
    LoopFixture fixture;
    @Inject
    ApiJson json;

    SignedIn a;
    SignedIn b;
    SignedIn manager;
    ScorecardCalls scorecardsOfA;
    ScorecardCalls scorecardsOfB;
    Map<String, PanelClient> staff;

    @BeforeAll
    void signIn() {
        List<SignedIn> people = users.people(Role.INTERVIEWER, Role.INTERVIEWER, Role.HIRING_MANAGER, Role.ADMIN, Role.RECRUITER);
        a = people.get(0);
        b = people.get(1);
        manager = people.get(2);
        scorecardsOfA = new ScorecardCalls(a.client(), json);
        scorecardsOfB = new ScorecardCalls(b.client(), json);
        staff = Map.of("hiring manager", manager.client(), "admin", people.get(3).client(), "recruiter", people.get(4).client());
    }

    /** A loop where A has submitted, with evidence only A wrote, and B has saved a draft. */
    private record HalfScored(LoopView loop, Scorecard ofA, String evidenceOfA, Scorecard draftOfB) {

        long loopId() {
            return loop.loop().id();
        }
    }

    private HalfScored aSubmittedAndBDrafting() {
        LoopView loop = fixture.openWithFirstStage(List.of(a.user(), b.user()));
        InterviewView interview = loop.interviews().get(0);
        String evidence = Names.unique("evidence-only-a-wrote");
        Scorecard ofA = scorecardsOfA.submitted(interview.interview().id(), interview.stage(), evidence);
        Scorecard started = scorecardsOfB.mine(interview.interview().id());
        ScorecardContent firstThoughts = new ScorecardContent(List.of(new Note(interview.stage().questionIds().get(0), "B's first thoughts.")), null, null);
        Scorecard draftOfB = json.read(scorecardsOfB.save(started, firstThoughts), 200, Scorecard.class);
        return new HalfScored(loop, ofA, evidence, draftOfB);
    }

    @Test
    void before_submitting_a_panelist_gets_403_for_a_submitted_scorecard_of_a_copanelist() {
        HalfScored scored = aSubmittedAndBDrafting();

        assertThat(json.error(scorecardsOfB.get(scored.ofA().id()), 403).message()).contains("until you submit your own");
        assertThat(json.error(b.client().get("/api/scorecards/" + scored.ofA().id() + "/amendments"), 403).message())
                .contains("until you submit your own");
    }

    @Test
    void before_submitting_a_panelist_finds_only_their_own_scorecard_among_the_loops() {
        HalfScored scored = aSubmittedAndBDrafting();

        List<Scorecard> visible = json.readList(b.client().get("/api/loops/" + scored.loopId() + "/scorecards"), 200, Scorecard.class);

        assertThat(visible).extracting(Scorecard::id).containsExactly(scored.draftOfB().id());
    }

    @Test
    void before_submitting_a_panelist_sees_on_the_loop_who_has_submitted_and_nothing_of_what_they_wrote() {
        HalfScored scored = aSubmittedAndBDrafting();

        HttpResponse<String> loop = b.client().get("/api/loops/" + scored.loopId());

        assertThat(loop.statusCode()).isEqualTo(200);
        assertThat(loop.body()).contains("\"progress\"")
                .doesNotContain(scored.evidenceOfA()).doesNotContain("\"ratings\"").doesNotContain("\"notes\"").doesNotContain("\"recommendation\"");
        Map<Long, String> states = Map.of(a.id(), ScorecardState.SUBMITTED.name(), b.id(), ScorecardState.DRAFT.name());
        List<Map<String, Object>> progress = progressOf(loop);
        assertThat(progress).hasSize(2).allSatisfy(status ->
                assertThat(status.get("state")).isEqualTo(states.get(((Number) status.get("interviewerId")).longValue())));
    }

    @Test
    void once_their_own_is_submitted_a_panelist_reads_the_copanelists_scorecard() {
        HalfScored scored = aSubmittedAndBDrafting();
        json.read(scorecardsOfB.save(scored.draftOfB(), LoopFixture.complete(scored.loop().interviews().get(0).stage(), "B's own view.")),
                200, Scorecard.class);
        json.read(scorecardsOfB.submit(scored.draftOfB().id()), 200, Scorecard.class);

        Scorecard ofA = json.read(scorecardsOfB.get(scored.ofA().id()), 200, Scorecard.class);

        assertThat(ofA.content()).isEqualTo(scored.ofA().content());
        assertThat(ofA.ratings()).extracting(r -> r.evidence()).containsOnly(scored.evidenceOfA());
        assertThat(json.readList(b.client().get("/api/loops/" + scored.loopId() + "/scorecards"), 200, Scorecard.class))
                .extracting(Scorecard::interviewerId).containsExactlyInAnyOrder(a.id(), b.id());
    }

    @Test
    void nobody_sees_someone_elses_draft_not_even_an_admin_the_hiring_manager_or_a_panelist_who_has_submitted() {
        HalfScored scored = aSubmittedAndBDrafting();
        long draft = scored.draftOfB().id();

        assertThat(json.error(scorecardsOfA.get(draft), 403).message()).isNotBlank();
        staff.forEach((who, client) -> {
            assertThat(client.get("/api/scorecards/" + draft).statusCode()).as(who).isEqualTo(403);
            assertThat(json.readList(client.get("/api/loops/" + scored.loopId() + "/scorecards"), 200, Scorecard.class))
                    .as(who).extracting(Scorecard::id).containsExactly(scored.ofA().id());
        });
    }

    @Test
    void a_hiring_manager_on_the_panel_sees_nothing_of_the_others_until_their_own_is_in() {
        LoopView loop = fixture.openWithFirstStage(List.of(a.user(), manager.user()));
        InterviewView interview = loop.interviews().get(0);
        Scorecard ofA = scorecardsOfA.submitted(interview.interview().id(), interview.stage(), "Evidence from A.");
        ScorecardCalls scorecardsOfManager = new ScorecardCalls(manager.client(), json);
        Scorecard own = scorecardsOfManager.started(interview.interview().id());

        json.error(scorecardsOfManager.get(ofA.id()), 403);
        assertThat(json.readList(manager.client().get("/api/loops/" + loop.loop().id() + "/scorecards"), 200, Scorecard.class))
                .extracting(Scorecard::id).containsExactly(own.id());

        scorecardsOfManager.submitted(interview.interview().id(), interview.stage(), "The manager's own evidence.");

        assertThat(json.read(scorecardsOfManager.get(ofA.id()), 200, Scorecard.class).content()).isEqualTo(ofA.content());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> progressOf(HttpResponse<String> loop) {
        return (List<Map<String, Object>>) json.read(loop, 200, Map.class).get("progress");
    }
}
