package dev.panel.calibration;

import dev.panel.calibration.CalibrationResult.CandidateStats;
import dev.panel.calibration.CalibrationResult.InterviewerStats;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The many-facet Rasch fit on panels simulated from the model with known parameters (issue 6): 200 candidates,
 * 30 interviewers, 4 competencies, 4 ratings per candidate, interviewer severities ~ N(0, 1 logit), several seeds
 * so that a pass is not one lucky draw. The design is four independent ratings per candidate: four
 * interviewers, one competency each. A thinner design, two interviewers rating two competencies each, links each
 * interviewer to half as many candidates; its severities are noisier (r from 0.886 to 0.963 over seeds 1-20, so
 * 0.85 is asserted there), and fair scores still rank better than raw means.
 */
class RaschSimulationTest {

    final CalibrationAnalysis analysis = new CalibrationAnalysis();

    @ParameterizedTest(name = "seed {0}: {1} interviewers x {2} competencies per candidate, severity r >= {3}")
    @CsvSource({"1, 4, 1, 0.9", "2, 4, 1, 0.9", "3, 4, 1, 0.9", "4, 4, 1, 0.9", "5, 4, 1, 0.9",
            "1, 2, 2, 0.85", "2, 2, 2, 0.85", "3, 2, 2, 0.85"})
    void recovered_severities_correlate_with_the_true_ones_and_fair_scores_rank_candidates_better_than_raw_means(
            long seed, int interviewersPerCandidate, int competenciesPerInterview, double minimumCorrelation) {
        SimulatedPanel panel = new SimulatedPanel(seed, 200, 30, 4, interviewersPerCandidate, competenciesPerInterview, 1.0);

        CalibrationResult result = analysis.analyse(panel.ratings);

        assertThat(result.overall().ratings()).isEqualTo(800);
        assertThat(result.design().connected()).isTrue();
        assertThat(result.rasch().converged()).isTrue();
        double[] trueSeverity = new double[30];
        double[] severity = new double[30];
        for (int j = 0; j < 30; j++) {
            trueSeverity[j] = panel.severity[j];
            severity[j] = RatingFixture.interviewer(result, SimulatedPanel.interviewer(j)).severity();
        }
        assertThat(new PearsonsCorrelation().correlation(trueSeverity, severity)).isGreaterThanOrEqualTo(minimumCorrelation);

        double[] ability = new double[200];
        double[] fair = new double[200];
        double[] raw = new double[200];
        for (int c = 0; c < 200; c++) {
            CandidateStats candidate = RatingFixture.candidate(result, SimulatedPanel.candidate(c));
            ability[c] = panel.ability[c];
            fair[c] = candidate.fairScore();
            raw[c] = candidate.rawMean();
        }
        SpearmansCorrelation spearman = new SpearmansCorrelation();
        assertThat(spearman.correlation(ability, fair)).isGreaterThan(spearman.correlation(ability, raw));
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"21", "22"})
    void an_interviewer_who_rates_at_random_has_the_worst_fit(long seed) {
        // 600 candidates, so that each interviewer has about 80 ratings: with 25, an interviewer who follows the
        // model reaches an infit of 2 now and then by chance
        SimulatedPanel panel = new SimulatedPanel(seed, 600, 30, 4, 4, 1, 1.0);
        java.util.Random random = new java.util.Random(seed);
        java.util.List<Rating> ratings = panel.ratings.stream()
                .map(r -> r.interviewer().equals(SimulatedPanel.interviewer(0))
                        ? new Rating(r.candidate(), r.interviewer(), r.competency(), r.stage(), 1, 1 + random.nextInt(4), 4, null)
                        : r)
                .toList();

        CalibrationResult result = analysis.analyse(ratings);

        InterviewerStats randomRater = RatingFixture.interviewer(result, SimulatedPanel.interviewer(0));
        assertThat(randomRater.infit()).isGreaterThan(1.5);
        assertThat(result.interviewers()).allSatisfy(i -> assertThat(i.infit()).isLessThanOrEqualTo(randomRater.infit()));
        double typical = result.interviewers().stream().filter(i -> i != randomRater).mapToDouble(InterviewerStats::infit)
                .average().orElseThrow();
        assertThat(typical).isBetween(0.7, 1.3);
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"11", "12"})
    void interviewers_leniency_mirrors_their_severity(long seed) {
        // leniency (scale points, higher = softer) and severity (logits, higher = harsher) measure one habit
        SimulatedPanel panel = new SimulatedPanel(seed, 200, 30, 4, 2, 2, 1.0);

        CalibrationResult result = analysis.analyse(panel.ratings);

        double[] leniency = result.interviewers().stream().mapToDouble(InterviewerStats::leniency).toArray();
        double[] severity = result.interviewers().stream().mapToDouble(InterviewerStats::severity).toArray();
        assertThat(new PearsonsCorrelation().correlation(leniency, severity)).isLessThan(-0.8);
    }
}
