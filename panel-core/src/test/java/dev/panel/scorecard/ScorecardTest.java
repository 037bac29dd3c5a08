package dev.panel.scorecard;

import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import dev.panel.loop.FrozenPlan;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorecardTest {

    static final long RELIABILITY = 1, DELIVERY = 2;
    static final long RUBRIC_R = 11, RUBRIC_D = 12;
    static final long Q1 = 101, Q2 = 102;
    static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
    static final Map<Long, Integer> FOUR_POINTS = Map.of(RUBRIC_R, 4, RUBRIC_D, 4);
    static final Map<Long, String> NAMES = Map.of(RELIABILITY, "Reliability and operations", DELIVERY, "Delivery and execution");

    static FrozenPlan.Stage stage() {
        return new FrozenPlan.Stage("Operations deep dive", 60, 2,
                List.of(new FrozenPlan.Focus(RELIABILITY, "Reliability and operations", RUBRIC_R),
                        new FrozenPlan.Focus(DELIVERY, "Delivery and execution", RUBRIC_D)),
                List.of(Q1, Q2));
    }

    static Scorecard draft() {
        return Scorecard.draftFor(5, 9, 42, stage(), T0);
    }

    static ScorecardContent complete() {
        return new ScorecardContent(List.of(new Note(Q1, "Led the payments outage review.")),
                List.of(new Rating(RELIABILITY, RUBRIC_R, 3, "Set SLOs for checkout and tracked the error budget."),
                        new Rating(DELIVERY, RUBRIC_D, 4, "Cut lead time from 9 days to 2 with figures.")),
                Recommendation.YES);
    }

    @Test
    void a_new_draft_has_one_unrated_line_per_focus_competency_on_the_frozen_rubric_versions() {
        Scorecard draft = draft();

        assertThat(draft.state()).isEqualTo(ScorecardState.DRAFT);
        assertThat(draft.ratings()).extracting(Rating::competencyId, Rating::rubricVersionId, Rating::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RELIABILITY, RUBRIC_R, null),
                        org.assertj.core.groups.Tuple.tuple(DELIVERY, RUBRIC_D, null));
    }

    @Test
    void a_draft_keeps_each_questions_timed_seconds_in_the_kits_order_and_refuses_a_timer_left_running_for_days() {
        ScorecardContent timed = new ScorecardContent(List.of(new Note(Q2, "", 75), new Note(Q1, "Led the review.", 610)), List.of(), null);

        Scorecard saved = draft().withDraft(timed, stage(), FOUR_POINTS, T0);

        assertThat(saved.notes()).containsExactly(new Note(Q1, "Led the review.", 610), new Note(Q2, "", 75));
        ScorecardContent forgotten = new ScorecardContent(List.of(new Note(Q1, "", Scorecard.MAX_QUESTION_SECONDS + 1)), List.of(), null);
        assertThatThrownBy(() -> draft().withDraft(forgotten, stage(), FOUR_POINTS, T0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 8 hours");
    }

    @Test
    void a_draft_keeps_exactly_what_was_typed() {
        Scorecard saved = draft().withDraft(complete(), stage(), FOUR_POINTS, T0.plusSeconds(5));

        assertThat(saved.notes()).containsExactly(new Note(Q1, "Led the payments outage review."));
        assertThat(saved.ratings().get(1).evidence()).isEqualTo("Cut lead time from 9 days to 2 with figures.");
        assertThat(saved.recommendation()).isEqualTo(Recommendation.YES);
        assertThat(saved.updatedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void a_rating_off_the_scale_a_foreign_question_or_a_competency_outside_the_stage_is_refused() {
        assertThatThrownBy(() -> draft().withDraft(new ScorecardContent(null,
                List.of(new Rating(RELIABILITY, RUBRIC_R, 5, "")), null), stage(), FOUR_POINTS, T0))
                .isInstanceOf(InvalidInputException.class).hasMessage("A rating of Reliability and operations is between 1 and 4; 5 is not.");
        assertThatThrownBy(() -> draft().withDraft(new ScorecardContent(List.of(new Note(999, "x")), null, null), stage(), FOUR_POINTS, T0))
                .hasMessageContaining("Question 999 is not part of this interview");
        assertThatThrownBy(() -> draft().withDraft(new ScorecardContent(null,
                List.of(new Rating(77, 1, 2, "")), null), stage(), FOUR_POINTS, T0))
                .hasMessageContaining("Competency 77 is not a focus of this interview");
    }

    @Test
    void submitting_says_precisely_what_is_missing() {
        Scorecard partly = draft().withDraft(new ScorecardContent(null,
                List.of(new Rating(RELIABILITY, RUBRIC_R, 3, "Clear SLO story."), new Rating(DELIVERY, RUBRIC_D, null, " ")), null),
                stage(), FOUR_POINTS, T0);

        assertThatThrownBy(() -> partly.submit(NAMES, T0)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Before submitting, add a rating for Delivery and execution, evidence for Delivery and execution, "
                        + "an overall recommendation.");
    }

    @Test
    void a_complete_scorecard_submits_once_and_is_then_read_only() {
        Scorecard submitted = draft().withDraft(complete(), stage(), FOUR_POINTS, T0).submit(NAMES, T0.plusSeconds(60));

        assertThat(submitted.isSubmitted()).isTrue();
        assertThat(submitted.submittedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(submitted.submit(NAMES, T0.plusSeconds(120))).isSameAs(submitted);
        assertThatThrownBy(() -> submitted.withDraft(complete(), stage(), FOUR_POINTS, T0)).isInstanceOf(ConflictException.class)
                .hasMessage("This scorecard was submitted on 1 Jun 2026 at 09:01 UTC and can no longer be edited. "
                        + "To change it, amend it with a reason.");
    }

    @Test
    void an_amendment_changes_a_submitted_scorecard_but_keeps_its_submission_time_and_completeness() {
        Scorecard submitted = draft().withDraft(complete(), stage(), FOUR_POINTS, T0).submit(NAMES, T0.plusSeconds(60));
        ScorecardContent changed = new ScorecardContent(complete().notes(),
                List.of(new Rating(RELIABILITY, RUBRIC_R, 2, "On reflection the SLOs were set by someone else."),
                        complete().ratings().get(1)), Recommendation.NO);

        Scorecard amended = submitted.amended(changed, stage(), FOUR_POINTS, NAMES, T0.plusSeconds(3600));

        assertThat(amended.ratings().get(0).level()).isEqualTo(2);
        assertThat(amended.recommendation()).isEqualTo(Recommendation.NO);
        assertThat(amended.submittedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(amended.isSubmitted()).isTrue();
        assertThatThrownBy(() -> submitted.amended(new ScorecardContent(null, null, null), stage(), FOUR_POINTS, NAMES, T0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Before submitting");
        assertThatThrownBy(() -> draft().amended(changed, stage(), FOUR_POINTS, NAMES, T0)).isInstanceOf(ConflictException.class);
    }
}
