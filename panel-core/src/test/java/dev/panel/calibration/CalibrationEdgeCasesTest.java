package dev.panel.calibration;

import dev.panel.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.panel.calibration.RatingFixture.ratings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Data that cannot give every statistic: the analysis answers what it can and says why it cannot answer the rest. */
class CalibrationEdgeCasesTest {

    final CalibrationAnalysis analysis = new CalibrationAnalysis();

    @Test
    void no_ratings_give_an_empty_result_that_says_so() {
        CalibrationResult result = analysis.analyse(List.of());

        assertThat(result.overall().ratings()).isZero();
        assertThat(result.overall().alphaOrdinal()).isNaN();
        assertThat(result.candidates()).isEmpty();
        assertThat(result.notes()).containsExactly("There are no ratings to analyse.");
    }

    @Test
    void a_single_interviewer_has_no_co_raters_so_alpha_and_leniency_are_undefined_but_means_and_fair_scores_are_given() {
        CalibrationResult result = analysis.analyse(ratings(
                "alice", "ann", "design", 4, "alice", "ann", "delivery", 3,
                "bob", "ann", "design", 2, "bob", "ann", "delivery", 1));

        assertThat(result.overall().alphaOrdinal()).isNaN();
        assertThat(result.overall().pairableValues()).isZero();
        CalibrationResult.InterviewerStats ann = RatingFixture.interviewer(result, "ann");
        assertThat(ann.leniency()).isNaN();
        assertThat(ann.leniencyShrunk()).isZero();
        assertThat(ann.mean()).isEqualTo(2.5);
        assertThat(RatingFixture.candidate(result, "alice").fairScore())
                .isGreaterThan(RatingFixture.candidate(result, "bob").fairScore());
        assertThat(result.notes()).contains("Alpha is undefined: no candidate was rated twice on the same competency.")
                .anyMatch(n -> n.startsWith("Leniency is undefined for ann"));
    }

    @Test
    void ratings_all_at_one_level_leave_alpha_undefined_and_every_candidate_alike() {
        CalibrationResult result = analysis.analyse(ratings(
                "alice", "ann", "design", 3, "alice", "ben", "design", 3,
                "bob", "ann", "design", 3, "bob", "ben", "design", 3));

        assertThat(result.overall().alphaOrdinal()).isNaN();
        assertThat(result.overall().alphaInterval()).isNaN();
        assertThat(result.overall().pairableValues()).isEqualTo(4.0);
        assertThat(RatingFixture.interviewer(result, "ann").leniency()).isZero();
        assertThat(RatingFixture.candidate(result, "alice").fairScore())
                .isCloseTo(RatingFixture.candidate(result, "bob").fairScore(), within(1e-9));
        assertThat(RatingFixture.candidate(result, "alice").fairScore()).isBetween(2.5, 3.5);
        assertThat(result.notes()).anyMatch(n -> n.startsWith("Alpha is undefined: every candidate rated twice"));
    }

    @Test
    void candidates_with_every_rating_at_the_top_or_bottom_get_finite_flagged_estimates() {
        CalibrationResult result = analysis.analyse(ratings(
                "star", "ann", "design", 4, "star", "ben", "design", 4,
                "weak", "ann", "design", 1, "weak", "ben", "design", 1,
                "mid", "ann", "design", 3, "mid", "ben", "design", 2));

        CalibrationResult.CandidateStats star = RatingFixture.candidate(result, "star");
        CalibrationResult.CandidateStats weak = RatingFixture.candidate(result, "weak");
        assertThat(star.extreme()).isTrue();
        assertThat(weak.extreme()).isTrue();
        assertThat(RatingFixture.candidate(result, "mid").extreme()).isFalse();
        assertThat(star.ability()).isFinite().isGreaterThan(RatingFixture.candidate(result, "mid").ability());
        assertThat(star.fairScore()).isLessThan(4.0).isGreaterThan(3.0);
        assertThat(weak.fairScore()).isGreaterThan(1.0).isLessThan(2.0);
        assertThat(star.rankFair()).isEqualTo(1);
        assertThat(result.rasch().converged()).isTrue();
        assertThat(result.notes()).anyMatch(n -> n.startsWith("2 candidates have every rating at the top or at the bottom"));
    }

    @Test
    void panels_that_never_share_a_candidate_are_named_as_separate_subsets() {
        CalibrationResult result = analysis.analyse(ratings(
                "alice", "ann", "design", 3, "alice", "ben", "design", 2,
                "bob", "ann", "design", 4, "bob", "ben", "design", 3,
                "carol", "cy", "design", 2, "carol", "dee", "design", 2,
                "dave", "cy", "design", 1, "dave", "dee", "design", 3,
                "erin", "cy", "design", 3));

        assertThat(result.design().connected()).isFalse();
        assertThat(result.design().subsets()).hasSize(2);
        Connectedness.DesignSubset largest = result.design().subsets().get(0);
        assertThat(largest.linkedBy()).isEqualTo("candidates and interviewers");
        assertThat(largest.ratings()).isEqualTo(5);
        assertThat(largest.interviewerNames()).containsExactly("cy", "dee");
        assertThat(largest.candidateNames()).containsExactly("carol", "dave", "erin");
        assertThat(result.design().subsets().get(1).interviewerNames()).containsExactly("ann", "ben");
        assertThat(result.notes()).anyMatch(n -> n.startsWith("The design is not connected"));
    }

    @Test
    void a_panel_linked_through_shared_candidates_is_connected() {
        CalibrationResult result = analysis.analyse(ratings(
                "alice", "ann", "design", 3, "alice", "ben", "design", 2,
                "bob", "ben", "design", 4, "bob", "cy", "design", 3));

        assertThat(result.design().connected()).isTrue();
        assertThat(result.design().subsets()).isEmpty();
    }

    @Test
    void mixed_scales_are_analysed_each_on_its_own_and_means_on_the_scale_most_ratings_use() {
        List<Rating> ratings = new ArrayList<>(ratings(
                "alice", "ann", "design", 4, "alice", "ben", "design", 3,
                "bob", "ann", "design", 2, "bob", "ben", "design", 1,
                "carol", "ann", "design", 3, "carol", "ben", "design", 3));
        ratings.add(Rating.of("alice", "ann", "strategy", 5, 5));
        ratings.add(Rating.of("alice", "ben", "strategy", 3, 5));

        CalibrationResult result = analysis.analyse(ratings);

        assertThat(result.overall().scaleMax()).isEqualTo(4);
        assertThat(result.overall().mixedScales()).isTrue();
        assertThat(RatingFixture.competency(result, "strategy").scaleMax()).isEqualTo(5);
        assertThat(RatingFixture.competency(result, "strategy").mean()).isEqualTo(4.0);
        assertThat(RatingFixture.competency(result, "strategy").distribution()).containsExactly(0, 0, 1, 0, 1);
        // alice: 4, 3 and 5/5 -> 4, 3/5 -> 2.5 on the four-point scale
        assertThat(RatingFixture.candidate(result, "alice").rawMean()).isCloseTo((4 + 3 + 4 + 2.5) / 4, within(1e-12));
        assertThat(result.overall().pairableValues()).isEqualTo(6.0);
        assertThat(result.notes()).anyMatch(n -> n.startsWith("Ratings use scales of 4, 5 levels")
                || n.startsWith("Ratings use scales of 4 and 5 levels"));
    }

    @Test
    void a_rating_outside_its_scale_is_refused_with_a_sentence() {
        assertThatThrownBy(() -> Rating.of("alice", "ann", "design", 5, 4))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A rating on a 4-point scale is a level from 1 to 4; this one is 5.");
        assertThatThrownBy(() -> Rating.of("alice", " ", "design", 2, 4))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A rating needs its interviewer.");
        assertThatThrownBy(() -> Rating.of("alice", "ann", "design", 1, 11))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A rating scale has 2 to 10 levels; this one has 11.");
    }
}
