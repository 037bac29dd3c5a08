package dev.panel.outcome;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditLog;
import dev.panel.common.ForbiddenException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.decision.Outcome;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopView;
import dev.panel.privacy.CandidatePrivacy;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.HireFixture;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@MicronautTest(startApplication = false, transactional = false)
class OutcomeServiceIT implements DatabaseTest {

    @Inject
    OutcomeService outcomes;
    @Inject
    CheckpointService checkpoints;
    @Inject
    HireFixture hires;
    @Inject
    LoopFixture fixture;
    @Inject
    AuditLog audit;
    @Inject
    CandidatePrivacy privacy;
    @Inject
    OutcomeErasure erasure;

    User interviewer;
    Actor manager;
    Actor recruiter;
    Checkpoint review;

    @BeforeAll
    void people() {
        List<User> people = fixture.people(Role.INTERVIEWER, Role.HIRING_MANAGER, Role.RECRUITER);
        interviewer = people.get(0);
        manager = Actor.of(people.get(1));
        recruiter = Actor.of(people.get(2));
        review = checkpoints.list(recruiter).stream().filter(c -> c.name().equals("90-day review")).findFirst().orElseThrow();
    }

    private static long candidateOf(LoopView loop) {
        return loop.loop().candidateId();
    }

    private static FrozenPlan.Focus firstFocus(LoopView loop) {
        return loop.loop().planSnapshot().stages().get(0).focus().get(0);
    }

    @Test
    void an_overall_and_a_competency_outcome_are_recorded_listed_and_audit_logged() {
        LoopView hire = hires.hired(interviewer, manager);
        FrozenPlan.Focus focus = firstFocus(hire);

        outcomes.record(recruiter, candidateOf(hire), new RecordOutcome(null, review.id(), null, 4, true, LocalDate.parse("2025-06-30")));
        outcomes.record(manager, candidateOf(hire), new RecordOutcome(hire.loop().id(), review.id(), focus.competencyId(), 2, null, null));

        List<HireOutcomes> listed = outcomes.of(recruiter, candidateOf(hire));
        assertThat(listed).singleElement().satisfies(h -> {
            assertThat(h.loopId()).isEqualTo(hire.loop().id());
            assertThat(h.competencies()).extracting(HireOutcomes.PlannedCompetency::id).contains(focus.competencyId());
            assertThat(h.outcomes()).extracting(OutcomeView::competency, OutcomeView::level, OutcomeView::stillEmployed, OutcomeView::scaleMax)
                    .containsExactly(tuple(null, 4, true, 5),
                            tuple(focus.name(), 2, null, 5));
        });
        assertThat(audit.about("candidate:" + candidateOf(hire))).extracting(AuditEvent::action, AuditEvent::detail)
                .contains(tuple("outcome.recorded", "90-day review, overall: 4 of 5, still employed, on 2025-06-30"),
                        tuple("outcome.recorded", "90-day review, competency " + focus.competencyId() + ": 2 of 5"));
    }

    @Test
    void entering_an_outcome_again_changes_it_and_the_audit_log_says_from_what_to_what() {
        LoopView hire = hires.hired(interviewer, manager);
        outcomes.record(recruiter, candidateOf(hire), new RecordOutcome(null, review.id(), null, 3, null, null));

        outcomes.record(recruiter, candidateOf(hire), new RecordOutcome(null, review.id(), null, 5, false, null));

        assertThat(outcomes.of(recruiter, candidateOf(hire)).get(0).outcomes()).singleElement().satisfies(o -> {
            assertThat(o.level()).isEqualTo(5);
            assertThat(o.stillEmployed()).isFalse();
        });
        assertThat(audit.about("candidate:" + candidateOf(hire))).filteredOn(e -> e.action().equals("outcome.changed"))
                .singleElement().extracting(AuditEvent::detail).isEqualTo("90-day review, overall: 3 of 5 → 5 of 5, no longer employed");
    }

    @Test
    void only_still_employed_may_be_recorded_without_a_rating() {
        LoopView hire = hires.hired(interviewer, manager);

        OutcomeView stored = outcomes.record(recruiter, candidateOf(hire), new RecordOutcome(null, review.id(), null, null, true, null));

        assertThat(stored.level()).isNull();
        assertThat(stored.stillEmployed()).isTrue();
    }

    @Test
    void bad_outcomes_are_refused_with_a_sentence_that_says_what_is_wrong_and_nothing_is_stored() {
        LoopView hire = hires.hired(interviewer, manager);
        long candidate = candidateOf(hire);

        assertThatThrownBy(() -> outcomes.record(recruiter, candidate, new RecordOutcome(null, review.id(), null, 6, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The rating 6 is off the scale of \"90-day review\", which runs from 1 to 5.");
        assertThatThrownBy(() -> outcomes.record(recruiter, candidate, new RecordOutcome(null, review.id(), null, null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessage("Give a rating, whether they are still employed, or both.");
        assertThatThrownBy(() -> outcomes.record(recruiter, candidate, new RecordOutcome(null, 987654321L, null, 3, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessage("There is no outcome checkpoint with id 987654321.");
        assertThatThrownBy(() -> outcomes.record(recruiter, candidate, new RecordOutcome(null, null, null, 3, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Choose the checkpoint");
        assertThatThrownBy(() -> outcomes.record(recruiter, candidate, new RecordOutcome(null, review.id(), 987654321L, 3, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Competency 987654321 is not in the plan the candidate was interviewed on (its competencies are ")
                .hasMessageContaining(firstFocus(hire).name());
        assertThatThrownBy(() -> outcomes.record(recruiter, candidate,
                new RecordOutcome(null, review.id(), null, 3, null, LocalDate.now().plusDays(30))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is in the future");
        assertThatThrownBy(() -> outcomes.record(recruiter, candidate, new RecordOutcome(hire.loop().id() + 100000, review.id(), null, 3, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not a loop through which");

        assertThat(outcomes.of(recruiter, candidate).get(0).outcomes()).isEmpty();
    }

    @Test
    void a_candidate_who_was_not_hired_has_no_outcome_to_record() {
        LoopView rejected = hires.decided(interviewer, manager, Outcome.NO_HIRE);
        LoopView undecided = fixture.openWithFirstStage(List.of(interviewer));

        assertThatThrownBy(() -> outcomes.record(recruiter, candidateOf(rejected), new RecordOutcome(null, review.id(), null, 3, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageEndingWith("was not hired (no loop of theirs was decided \"hire\"), so there is no outcome to record.");
        assertThatThrownBy(() -> outcomes.record(recruiter, candidateOf(undecided), new RecordOutcome(null, review.id(), null, 3, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("was not hired");
        assertThat(outcomes.of(recruiter, candidateOf(rejected))).isEmpty();
    }

    @Test
    void a_retired_checkpoint_takes_no_new_outcomes() {
        Actor admin = Actor.of(fixture.people(Role.ADMIN).get(0));
        Checkpoint old = checkpoints.retire(admin, checkpoints.add(admin, Names.unique("Probation"), 3).id());
        LoopView hire = hires.hired(interviewer, manager);

        assertThatThrownBy(() -> outcomes.record(recruiter, candidateOf(hire), new RecordOutcome(null, old.id(), null, 2, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is retired and takes no new outcomes");
    }

    @Test
    void interviewers_may_neither_read_nor_record_outcomes_even_of_a_candidate_they_interviewed() {
        LoopView hire = hires.hired(interviewer, manager);
        outcomes.record(recruiter, candidateOf(hire), new RecordOutcome(null, review.id(), null, 4, null, null));
        Actor panelist = Actor.of(interviewer);

        assertThatThrownBy(() -> outcomes.of(panelist, candidateOf(hire))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> outcomes.record(panelist, candidateOf(hire), new RecordOutcome(null, review.id(), null, 1, null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(outcomes.of(recruiter, candidateOf(hire)).get(0).outcomes()).extracting(OutcomeView::level).containsExactly(4);
    }

    @Test
    void removing_an_outcome_is_audit_logged_and_an_outcome_of_another_candidate_is_not_found() {
        LoopView hire = hires.hired(interviewer, manager);
        LoopView other = hires.hired(interviewer, manager);
        OutcomeView stored = outcomes.record(recruiter, candidateOf(hire), new RecordOutcome(null, review.id(), null, 2, null, null));

        assertThatThrownBy(() -> outcomes.remove(recruiter, candidateOf(other), stored.id())).isInstanceOf(NotFoundException.class);
        outcomes.remove(manager, candidateOf(hire), stored.id());

        assertThat(outcomes.of(recruiter, candidateOf(hire)).get(0).outcomes()).isEmpty();
        assertThat(audit.about("candidate:" + candidateOf(hire))).extracting(AuditEvent::action).contains("outcome.removed");
    }

    @Test
    void anonymising_a_candidate_removes_their_outcomes_and_deleting_one_removes_them_too() {
        LoopView anonymised = hires.hired(interviewer, manager);
        LoopView deleted = hires.hired(interviewer, manager);
        for (LoopView hire : List.of(anonymised, deleted)) {
            outcomes.record(recruiter, candidateOf(hire), new RecordOutcome(null, review.id(), null, 4, true, null));
            outcomes.record(recruiter, candidateOf(hire), new RecordOutcome(null, review.id(), firstFocus(hire).competencyId(), 3, null, null));
        }
        assertThat(stored(anonymised)).isEqualTo(2);
        assertThat(stored(deleted)).isEqualTo(2);

        privacy.anonymise(recruiter, candidateOf(anonymised));
        privacy.delete(recruiter, candidateOf(deleted));

        assertThat(stored(anonymised)).isZero();
        assertThat(stored(deleted)).isZero();
        assertThat(outcomes.of(recruiter, candidateOf(anonymised)).get(0).outcomes()).isEmpty();
    }

    /** A loop's outcome rows, read directly, whoever may see them. */
    private int stored(LoopView loop) {
        return erasure.ofLoops(List.of(loop.loop().id())).size();
    }
}
