package dev.panel.decision.api;

import dev.panel.decision.Decision;
import dev.panel.decision.Outcome;
import dev.panel.loop.LoopState;
import dev.panel.loop.LoopView;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.PanelClient;
import dev.panel.testing.SignedIn;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DecisionApiIT implements DatabaseTest {

    private static final String REASON = "Consistent evidence of sound architecture under a deadline from both panelists.";

    @Inject
    ApiUsers users;
    @Inject
    LoopFixture fixture;
    @Inject
    ApiJson json;

    PanelClient recruiter;
    SignedIn manager;
    SignedIn panelist;

    @BeforeAll
    void signIn() {
        List<SignedIn> people = users.people(Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER);
        recruiter = people.get(0).client();
        manager = people.get(1);
        panelist = people.get(2);
    }

    @Test
    void a_recruiter_may_not_record_the_decision() {
        LoopView loop = fixture.openWithFirstStage(List.of(panelist.user()));

        assertThat(json.error(recruiter.postJson(decisionOf(loop), hire()), 403).message()).contains("hiring manager");
        json.error(recruiter.get(decisionOf(loop)), 404);
    }

    @Test
    void the_hiring_manager_records_the_decision_which_everyone_on_the_loop_then_reads() {
        LoopView loop = fixture.openWithFirstStage(List.of(panelist.user()));
        // A panelist reads the decision once their own scorecard is in (BlindScoringApiIT: not before).
        fixture.submitted(panelist.user(), loop.interviews().get(0).interview().id(), "The panelist's own evidence.");

        Decision recorded = json.read(manager.client().postJson(decisionOf(loop), hire()), 201, Decision.class);

        assertThat(recorded.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(recorded.reason()).isEqualTo(REASON);
        assertThat(recorded.decidedBy()).isEqualTo(manager.username());
        for (PanelClient reader : List.of(manager.client(), recruiter, panelist.client())) {
            Decision read = json.read(reader.get(decisionOf(loop)), 200, Decision.class);
            assertThat(read.id()).isEqualTo(recorded.id());
            assertThat(read.outcome()).isEqualTo(Outcome.HIRE);
            assertThat(read.decidedBy()).isEqualTo(manager.username());
        }
        assertThat(json.read(recruiter.get("/api/loops/" + loop.loop().id()), 200, Map.class).get("loop"))
                .satisfies(l -> assertThat(((Map<?, ?>) l).get("state")).isEqualTo(LoopState.DECIDED.name()));
    }

    @Test
    void a_second_decision_is_refused_with_409_naming_who_decided() {
        LoopView loop = fixture.openWithFirstStage(List.of(panelist.user()));
        fixture.submitted(panelist.user(), loop.interviews().get(0).interview().id(), "The panelist's own evidence.");
        json.read(manager.client().postJson(decisionOf(loop), hire()), 201, Decision.class);

        String refusal = json.error(manager.client().postJson(decisionOf(loop),
                json.write(Map.of("outcome", "NO_HIRE", "reason", "Changed my mind."))), 409).message();

        assertThat(refusal).contains("already decided").contains(manager.username());
        assertThat(json.read(manager.client().get(decisionOf(loop)), 200, Decision.class).outcome()).isEqualTo(Outcome.HIRE);
    }

    @Test
    void before_any_decision_reading_it_answers_404() {
        LoopView loop = fixture.openWithFirstStage(List.of(panelist.user()));

        assertThat(json.error(manager.client().get(decisionOf(loop)), 404).message()).contains("No decision");
    }

    @Test
    void an_unknown_outcome_or_a_missing_reason_is_refused_with_400() {
        LoopView loop = fixture.openWithFirstStage(List.of(panelist.user()));
        PanelClient asManager = manager.client();

        assertThat(json.error(asManager.postJson(decisionOf(loop), "{\"outcome\": \"MAYBE\", \"reason\": \"Not sure.\"}"), 400).message())
                .contains("MAYBE");
        assertThat(json.error(asManager.postJson(decisionOf(loop), "{\"reason\": \"No outcome given.\"}"), 400).message()).contains("outcome");
        assertThat(json.error(asManager.postJson(decisionOf(loop), "{\"outcome\": \"HIRE\"}"), 400).message()).contains("reason");
        json.error(asManager.get(decisionOf(loop)), 404);
    }

    @Test
    void an_interviewer_who_is_not_on_the_loop_gets_404_for_its_decision() {
        LoopView loop = fixture.openWithFirstStage(List.of(panelist.user()));
        fixture.submitted(panelist.user(), loop.interviews().get(0).interview().id(), "The panelist's own evidence.");
        json.read(manager.client().postJson(decisionOf(loop), hire()), 201, Decision.class);

        json.error(users.person(Role.INTERVIEWER).client().get(decisionOf(loop)), 404);
    }

    @Test
    void without_a_token_the_decision_answers_401() {
        LoopView loop = fixture.openWithFirstStage(List.of(panelist.user()));
        PanelClient anonymous = users.anonymous();

        assertThat(List.of(anonymous.get(decisionOf(loop)).statusCode(), anonymous.postJson(decisionOf(loop), hire()).statusCode()))
                .containsOnly(401).hasSize(2);
    }

    @Test
    void a_decision_while_scorecards_are_missing_needs_an_early_reason_and_the_400_names_who_is_missing() {
        List<SignedIn> panel = users.people(Role.INTERVIEWER, Role.INTERVIEWER);
        LoopView loop = fixture.openWithFirstStage(panel.stream().map(SignedIn::user).toList());
        fixture.submitted(panel.get(0).user(), loop.interviews().get(0).interview().id(), "The first panelist's evidence.");
        User missing = panel.get(1).user();

        String refusal = json.error(manager.client().postJson(decisionOf(loop), hire()), 400).message();

        assertThat(refusal).contains("A scorecard is still missing")
                .contains(missing.displayName() + " (" + missing.username() + ") for " + loop.interviews().get(0).stage().name())
                .contains("early reason").doesNotContain(panel.get(0).username());
        json.error(manager.client().get(decisionOf(loop)), 404);

        String early = "The candidate must answer a competing offer by Friday.";
        Decision recorded = json.read(manager.client().postJson(decisionOf(loop),
                json.write(Map.of("outcome", "HIRE", "reason", REASON, "earlyReason", early))), 201, Decision.class);
        assertThat(recorded.earlyReason()).isEqualTo(early);
        assertThat(json.read(recruiter.get(decisionOf(loop)), 200, Decision.class).earlyReason()).isEqualTo(early);
    }

    private String hire() {
        return json.write(Map.of("outcome", "HIRE", "reason", REASON));
    }

    private static String decisionOf(LoopView loop) {
        return "/api/loops/" + loop.loop().id() + "/decision";
    }
}
