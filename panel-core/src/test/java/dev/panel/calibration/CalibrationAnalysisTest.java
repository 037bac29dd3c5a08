package dev.panel.calibration;

import dev.panel.calibration.CalibrationResult.CandidateStats;
import dev.panel.calibration.CalibrationResult.InterviewerStats;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.panel.calibration.RatingFixture.ratings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The facade on small panels whose statistics can be worked out by hand. */
class CalibrationAnalysisTest {

    final CalibrationAnalysis analysis = new CalibrationAnalysis();

    @Test
    void leniency_is_the_mean_distance_from_the_co_raters_and_shrinks_with_few_ratings() {
        // one competency; on each candidate Soft rates one level above Hard, and Middle in between
        CalibrationResult result = analysis.analyse(ratings(
                "alice", "soft", "design", 4, "alice", "hard", "design", 2, "alice", "middle", "design", 3,
                "bob", "soft", "design", 3, "bob", "hard", "design", 1, "bob", "middle", "design", 2));

        InterviewerStats soft = RatingFixture.interviewer(result, "soft");
        InterviewerStats hard = RatingFixture.interviewer(result, "hard");
        InterviewerStats middle = RatingFixture.interviewer(result, "middle");
        // 4 - (2 + 3) / 2 = 1.5 on alice, 3 - (1 + 2) / 2 = 1.5 on bob
        assertThat(soft.leniency()).isCloseTo(1.5, within(1e-12));
        assertThat(hard.leniency()).isCloseTo(-1.5, within(1e-12));
        assertThat(middle.leniency()).isCloseTo(0.0, within(1e-12));
        assertThat(soft.coRated()).isEqualTo(2);
        // n / (n + 10) * leniency with n = 2
        assertThat(soft.leniencyShrunk()).isCloseTo(2.0 / 12.0 * 1.5, within(1e-12));
        assertThat(soft.severity()).isLessThan(middle.severity());
        assertThat(middle.severity()).isLessThan(hard.severity());
        assertThat(soft.mean()).isEqualTo(3.5);
        assertThat(soft.sd()).isCloseTo(Math.sqrt(0.5), within(1e-12));
    }

    @Test
    void a_candidate_rated_three_times_of_four_on_a_yes_no_scale_has_ability_log_three() {
        // one interviewer, one competency, a two-level scale: the Rasch model reduces to ability = log(r / (L - r)),
        // with information L p (1 - p); so ability ln 3, SE 1/sqrt(4 * 3/4 * 1/4), fair score 1 + 3/4
        List<Rating> ratings = new ArrayList<>();
        int[] yes = {2, 2, 2, 1};
        int[] no = {1, 1, 1, 2};
        for (int stage = 0; stage < 4; stage++) {
            ratings.add(new Rating("strong", "ann", "design", "stage " + stage, 1, yes[stage], 2, null));
            ratings.add(new Rating("weak", "ann", "design", "stage " + stage, 1, no[stage], 2, null));
        }

        CalibrationResult result = analysis.analyse(ratings);

        CandidateStats strong = RatingFixture.candidate(result, "strong");
        assertThat(result.rasch().converged()).isTrue();
        assertThat(result.rasch().thresholds()).containsExactly(0.0);
        assertThat(strong.ability()).isCloseTo(Math.log(3), within(1e-3));
        assertThat(strong.abilitySe()).isCloseTo(1 / Math.sqrt(0.75), within(1e-3));
        assertThat(strong.fairScore()).isCloseTo(1.75, within(1e-3));
        assertThat(strong.fairSe()).isCloseTo(0.1875 / Math.sqrt(0.75), within(1e-3));
        assertThat(RatingFixture.candidate(result, "weak").ability()).isCloseTo(-Math.log(3), within(1e-3));
        assertThat(RatingFixture.interviewer(result, "ann").severity()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void fair_scores_undo_the_luck_of_meeting_a_harsh_interviewer() {
        // hard rates one level below soft on the two candidates both met; carol met only hard, dave only soft,
        // and got the same raw rating: carol's fair score must be the higher one
        CalibrationResult result = analysis.analyse(ratings(
                "alice", "soft", "design", 4, "alice", "hard", "design", 3,
                "bob", "soft", "design", 3, "bob", "hard", "design", 2,
                "erin", "soft", "design", 2, "erin", "hard", "design", 1,
                "carol", "hard", "design", 3,
                "dave", "soft", "design", 3));

        CandidateStats carol = RatingFixture.candidate(result, "carol");
        CandidateStats dave = RatingFixture.candidate(result, "dave");
        assertThat(carol.rawMean()).isEqualTo(dave.rawMean());
        assertThat(carol.fairScore()).isGreaterThan(dave.fairScore());
        assertThat(carol.rankFair()).isLessThan(dave.rankFair());
        assertThat(carol.rankRaw()).isEqualTo(dave.rankRaw());
        assertThat(RatingFixture.interviewer(result, "hard").severity())
                .isGreaterThan(RatingFixture.interviewer(result, "soft").severity());
    }

    @Test
    void halo_compares_an_interviewers_spread_within_scorecards_with_the_panels() {
        // flat gives one level to every competency; varied gives 1, 2, 4 and 2, 3, 4
        CalibrationResult result = analysis.analyse(ratings(
                "alice", "flat", "design", 3, "alice", "flat", "delivery", 3, "alice", "flat", "people", 3,
                "bob", "flat", "design", 2, "bob", "flat", "delivery", 2, "bob", "flat", "people", 2,
                "alice", "varied", "design", 1, "alice", "varied", "delivery", 2, "alice", "varied", "people", 4,
                "bob", "varied", "design", 2, "bob", "varied", "delivery", 3, "bob", "varied", "people", 4));

        // panel: (42/9 + 2) / 8 = 5/6; varied: (42/9 + 2) / 4 = 5/3, so 1 - 2 = -1; flat: 1 - 0 = 1
        assertThat(RatingFixture.interviewer(result, "flat").halo()).isCloseTo(1.0, within(1e-12));
        assertThat(RatingFixture.interviewer(result, "varied").halo()).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void category_usage_is_the_share_of_each_level_and_the_distribution_counts_them() {
        CalibrationResult result = analysis.analyse(ratings(
                "alice", "ann", "design", 1, "bob", "ann", "design", 4, "carol", "ann", "design", 4, "dave", "ann", "design", 4,
                "alice", "ben", "design", 2, "bob", "ben", "design", 3, "carol", "ben", "design", 3, "dave", "ben", "design", 2));

        assertThat(RatingFixture.interviewer(result, "ann").categoryUsage()).containsExactly(0.25, 0.0, 0.0, 0.75);
        assertThat(RatingFixture.interviewer(result, "ben").categoryUsage()).containsExactly(0.0, 0.5, 0.5, 0.0);
        assertThat(result.competencies().get(0).distribution()).containsExactly(1, 2, 2, 3);
        assertThat(result.competencies().get(0).mean()).isEqualTo(23.0 / 8);
    }

    @Test
    void competencies_rated_by_the_same_interviewers_on_every_candidate_get_the_shrout_fleiss_iccs() {
        List<Rating> ratings = new ArrayList<>();
        double[][] table = IccTest.SHROUT_FLEISS_TABLE_2;
        for (int target = 0; target < table.length; target++) {
            for (int judge = 0; judge < table[target].length; judge++) {
                ratings.add(Rating.of("target " + target, "judge " + judge, "design", (int) table[target][judge], 10));
            }
        }
        ratings.add(Rating.of("target 0", "judge 0", "delivery", 3, 10));

        CalibrationResult result = analysis.analyse(ratings);

        assertThat(RatingFixture.competency(result, "design").icc().icc21()).isCloseTo(0.29, within(0.005));
        assertThat(RatingFixture.competency(result, "delivery").icc()).isNull();
        assertThat(result.notes()).anyMatch(n -> n.contains("ICC is given for the 1 competencies"));
    }
}
