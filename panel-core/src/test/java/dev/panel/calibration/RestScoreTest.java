package dev.panel.calibration;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-step rest score against the fair score a full refit without those ratings gives. */
class RestScoreTest {

    @Test
    void leaving_a_scorecard_out_by_one_newton_step_matches_a_refit_without_it() {
        SimulatedQuestions sim = new SimulatedQuestions(7, 300, 20, 0, 0, 0.3);
        RatingTable table = new RatingTable(sim.ratings);
        ManyFacetRasch rasch = new ManyFacetRasch(table).fit();
        RestScore rest = new RestScore(table, rasch);
        double[] slope = new double[1];
        int checked = 0;
        double total = 0;
        for (int c = 0; c < 40; c++) {
            if (rasch.extremeCandidate[c]) {
                continue;
            }
            // leave out the candidate's ratings in the first stage
            String name = table.candidateNames.get(c);
            double residual = 0;
            double information = 0;
            List<Rating> kept = new ArrayList<>();
            for (int r = 0; r < table.size; r++) {
                boolean out = table.candidate[r] == c && table.stageNames.get(table.stage[r]).equals(SimulatedQuestions.STAGES[0]);
                if (out) {
                    residual += rest.ratingResidual[r];
                    information += rest.ratingVariance[r];
                } else {
                    kept.add(sim.ratings.get(r));
                }
            }
            RatingTable refitTable = new RatingTable(kept);
            ManyFacetRasch refit = new ManyFacetRasch(refitTable).fit();
            int again = refitTable.candidateNames.indexOf(name);
            if (refit.extremeCandidate[again]) {
                continue;
            }
            double expected = refit.expectedLevel(refit.ability[again], table.referenceScale, slope);
            double difference = Math.abs(rest.fairWithout(c, residual, information) - expected);
            assertThat(difference).as(name).isLessThan(0.25);
            total += difference;
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
        // on a four-point scale: one step lands on average within a few hundredths of the refit
        assertThat(total / checked).isLessThan(0.06);
    }
}
