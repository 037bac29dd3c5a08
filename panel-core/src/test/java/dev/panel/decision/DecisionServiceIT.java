package dev.panel.decision;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditLog;
import dev.panel.common.InvalidInputException;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A decision while scorecards are missing needs a written reason for not waiting, kept with it and in the audit log. */
@MicronautTest(startApplication = false, transactional = false)
class DecisionServiceIT implements DatabaseTest {

    private static final String REASON = "Clear evidence of sound delivery judgement from the panel.";
    private static final String EARLY = "The candidate has a competing offer that expires tomorrow.";

    @Inject
    LoopFixture fixture;
    @Inject
    DecisionService decisions;
    @Inject
    AuditLog audit;

    Actor manager;

    @BeforeAll
    void people() {
        manager = Actor.of(fixture.people(Role.HIRING_MANAGER).get(0));
    }

    @Test
    void a_decision_while_scorecards_are_missing_without_a_reason_is_refused_naming_who_is_missing() {
        List<User> panel = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER, Role.INTERVIEWER);
        LoopView loop = twoStages(panel);
        fixture.submitted(panel.get(0), loop.interviews().get(0).interview().id(), "Chose a modular monolith and said why.");
        long loopId = loop.loop().id();

        for (String blank : new String[] {null, "  "}) {
            assertThatThrownBy(() -> decisions.decide(manager, loopId, Outcome.HIRE, REASON, blank))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("2 scorecards are still missing")
                    .hasMessageContaining(panel.get(1).displayName() + " (" + panel.get(1).username() + ") for " + stage(loop, 0))
                    .hasMessageContaining(panel.get(2).displayName() + " (" + panel.get(2).username() + ") for " + stage(loop, 1))
                    .hasMessageNotContaining(panel.get(0).username());
        }
        assertThat(decisions.of(manager, loopId)).isEmpty();
        assertThat(audit.about("loop:" + loopId)).extracting(AuditEvent::action).doesNotContain("decision.recorded");
    }

    @Test
    void an_early_decision_keeps_its_reason_and_the_audit_log_names_the_missing_but_not_the_reason() {
        List<User> panel = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER, Role.INTERVIEWER);
        LoopView loop = twoStages(panel);
        long loopId = loop.loop().id();
        fixture.submitted(panel.get(1), loop.interviews().get(0).interview().id(), "Ran the incident review well.");

        decisions.decide(manager, loopId, Outcome.NO_HIRE, REASON, "  " + EARLY + " ");

        Decision stored = decisions.of(manager, loopId).orElseThrow();
        assertThat(stored.earlyReason()).isEqualTo(EARLY);
        assertThat(stored.reason()).isEqualTo(REASON);
        assertThat(stored.wasEarly()).isTrue();
        AuditEvent recorded = audit.about("loop:" + loopId).stream().filter(e -> e.action().equals("decision.recorded")).findFirst().orElseThrow();
        assertThat(recorded.detail()).contains("NO_HIRE").contains("decided early").doesNotContain(EARLY)
                .contains(panel.get(0).username()).contains(panel.get(2).username()).doesNotContain(panel.get(1).username());
    }

    @Test
    void with_every_scorecard_in_no_early_reason_is_needed_and_one_given_is_not_kept() {
        List<User> panel = fixture.people(Role.INTERVIEWER);
        LoopView loop = fixture.openWithFirstStage(panel);
        fixture.submitted(panel.get(0), loop.interviews().get(0).interview().id(), "Shipped the MVP in six weeks.");
        assertThat(decisions.missingScorecards(manager, loop.loop().id())).isEmpty();

        decisions.decide(manager, loop.loop().id(), Outcome.HIRE, REASON, EARLY);

        Decision stored = decisions.of(manager, loop.loop().id()).orElseThrow();
        assertThat(stored.earlyReason()).isNull();
        assertThat(audit.about("loop:" + loop.loop().id())).filteredOn(e -> e.action().equals("decision.recorded"))
                .extracting(AuditEvent::detail).containsExactly("HIRE");
    }

    @Test
    void the_missing_scorecards_name_each_panelist_with_their_username_and_stage() {
        List<User> panel = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER, Role.INTERVIEWER);
        LoopView loop = twoStages(panel);

        assertThat(decisions.missingScorecards(manager, loop.loop().id())).extracting(MissingScorecard::interviewerId, MissingScorecard::label)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(panel.get(0).id(), panel.get(0).nameWithUsername() + " for " + stage(loop, 0)),
                        org.assertj.core.groups.Tuple.tuple(panel.get(1).id(), panel.get(1).nameWithUsername() + " for " + stage(loop, 0)),
                        org.assertj.core.groups.Tuple.tuple(panel.get(2).id(), panel.get(2).nameWithUsername() + " for " + stage(loop, 1)));
    }

    /** The first two on the first stage, the third on the second. */
    private LoopView twoStages(List<User> panel) {
        return fixture.open(List.of(new OpenLoop.Assignment(0, null, List.of(panel.get(0).id(), panel.get(1).id())),
                new OpenLoop.Assignment(1, null, List.of(panel.get(2).id()))));
    }

    private static String stage(LoopView loop, int index) {
        return loop.interviews().get(index).stage().name();
    }
}
