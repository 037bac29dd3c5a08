package dev.panel.scorecard;

import dev.panel.loop.FrozenPlan;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PanelComparisonTest {

    static final Instant T = Instant.parse("2026-06-01T09:00:00Z");
    static final FrozenPlan PLAN = new FrozenPlan(1, "Lead loop", List.of(
            new FrozenPlan.Stage("Architecture", 60, 2, List.of(new FrozenPlan.Focus(10, "Architecture", 100),
                    new FrozenPlan.Focus(11, "Delivery", 110)), List.of()),
            new FrozenPlan.Stage("People", 45, 1, List.of(new FrozenPlan.Focus(12, "People", 120),
                    new FrozenPlan.Focus(10, "Architecture", 100)), List.of())));

    static Scorecard card(long interviewer, ScorecardState state, Recommendation recommendation, Rating... ratings) {
        return new Scorecard(interviewer, 1, 1, interviewer, state, recommendation, List.of(), List.of(ratings),
                state == ScorecardState.SUBMITTED ? T : null, T, T, 1L);
    }

    @Test
    void ratings_line_up_by_competency_and_a_spread_of_two_is_a_disagreement() {
        PanelComparison comparison = PanelComparison.of(PLAN, List.of(
                card(1, ScorecardState.SUBMITTED, Recommendation.YES, new Rating(10, 100, 2, "a"), new Rating(11, 110, 3, "b")),
                card(2, ScorecardState.SUBMITTED, Recommendation.STRONG_YES, new Rating(10, 100, 4, "c"), new Rating(11, 110, 4, "d")),
                card(3, ScorecardState.SUBMITTED, Recommendation.YES, new Rating(12, 120, 3, "e"), new Rating(10, 100, 3, "f"))));

        assertThat(comparison.panelists()).containsExactly(1L, 2L, 3L);
        assertThat(comparison.rows()).extracting(PanelComparison.Row::name).containsExactly("Architecture", "Delivery", "People");
        PanelComparison.Row architecture = comparison.rows().get(0);
        assertThat(architecture.spread()).isEqualTo(2);
        assertThat(architecture.isDisagreement()).isTrue();
        assertThat(comparison.rows().get(1).spread()).isEqualTo(1);
        assertThat(comparison.rows().get(1).isDisagreement()).isFalse();
        assertThat(comparison.recommendations()).containsEntry(Recommendation.YES, 2).containsEntry(Recommendation.STRONG_YES, 1)
                .containsEntry(Recommendation.NO, 0);
    }

    @Test
    void drafts_never_take_part() {
        PanelComparison comparison = PanelComparison.of(PLAN, List.of(
                card(1, ScorecardState.SUBMITTED, Recommendation.NO, new Rating(10, 100, 1, "a")),
                card(2, ScorecardState.DRAFT, Recommendation.STRONG_YES, new Rating(10, 100, 4, "secret"))));

        assertThat(comparison.panelists()).containsExactly(1L);
        assertThat(comparison.rows().get(0).spread()).isZero();
        assertThat(comparison.recommendations()).containsEntry(Recommendation.STRONG_YES, 0);
    }
}
