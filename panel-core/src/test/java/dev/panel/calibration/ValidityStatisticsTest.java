package dev.panel.calibration;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The pieces of question analytics and predictive validity against published values or values worked by hand
 * (each hand value was computed separately, from the formula in the cited source, not by this code).
 */
class ValidityStatisticsTest {

    /** F. J. Anscombe, "Graphs in statistical analysis", The American Statistician 27(1), 17–21 (1973): data set I, r = 0.816. */
    static final double[] ANSCOMBE_X = {10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5};
    static final double[] ANSCOMBE_Y1 = {8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68};

    @Test
    void pearson_correlation_of_anscombes_first_set_is_0_816() {
        Correlation c = Correlation.pearson(ANSCOMBE_X, ANSCOMBE_Y1, 11);

        assertThat(c.n()).isEqualTo(11);
        assertThat(c.r()).isCloseTo(0.8164, within(0.0001));
        assertThat(c.low()).isLessThan(c.r());
        assertThat(c.high()).isGreaterThan(c.r()).isLessThan(1);
    }

    @Test
    void fisher_interval_of_r_0_5_from_28_pairs_is_0_156_to_0_736() {
        // by hand: z = atanh .5 = .5493, half-width 1.96/sqrt(25) = .392; tanh(.1573) = .1560, tanh(.9413) = .7358
        Correlation c = Correlation.of(0.5, 28);

        assertThat(c.low()).isCloseTo(0.15603, within(1e-4));
        assertThat(c.high()).isCloseTo(0.73582, within(1e-4));
    }

    @Test
    void too_few_pairs_or_no_spread_gives_no_correlation() {
        assertThat(Correlation.pearson(new double[]{1, 2, 3}, new double[]{1, 2, 4}, 3).known()).isFalse();
        assertThat(Correlation.pearson(new double[]{1, 2, 3, 4, 5}, new double[]{2, 2, 2, 2, 2}, 5).known()).isFalse();
    }

    @Test
    void thorndike_case_two_raises_r_0_3_to_0_427_when_the_pool_is_half_as_wide_again() {
        // by hand: .3 * 1.5 / sqrt(1 - .09 + .09 * 2.25) = .45 / 1.0548 = .4266
        assertThat(RangeRestriction.caseTwo(0.3, 1.5)).isCloseTo(0.42664, within(1e-5));
        assertThat(RangeRestriction.caseTwo(0.3, 1.0)).isCloseTo(0.3, within(1e-12));
        assertThat(RangeRestriction.ratio(2, 0)).isNaN();
        Correlation corrected = Correlation.of(0.3, 100).corrected(1.5);
        assertThat(corrected.r()).isCloseTo(0.42664, within(1e-5));
        assertThat(corrected.low()).isCloseTo(RangeRestriction.caseTwo(Correlation.of(0.3, 100).low(), 1.5), within(1e-12));
    }

    @Test
    void mann_kendall_of_a_steady_rise_over_five_points_has_s_10_and_p_0_0137() {
        // by hand: S = 10, Var S = 5*4*15/18 = 16.67, Z = (10 - 1)/4.082 = 2.205, p = 1 - Phi(2.205) = .01374
        double[] x = {1, 2, 3, 4, 5, 6};
        assertThat(MannKendall.s(x, 5)).isEqualTo(10);
        assertThat(MannKendall.variance(x, 5)).isCloseTo(16.6667, within(1e-4));
        // five points are below the minimum the alerts use
        assertThat(MannKendall.risingP(x, 5)).isNaN();
    }

    @Test
    void mann_kendall_corrects_its_variance_for_ties() {
        // by hand: 1,2,2,3,4,5 has S = 14; Var = (6*5*17 - 2*1*9)/18 = 27.33; p = 1 - Phi(13/5.228) = .00645
        double[] x = {1, 2, 2, 3, 4, 5};
        assertThat(MannKendall.s(x, 6)).isEqualTo(14);
        assertThat(MannKendall.variance(x, 6)).isCloseTo(27.3333, within(1e-4));
        assertThat(MannKendall.risingP(x, 6)).isCloseTo(0.006449, within(1e-5));
        assertThat(MannKendall.risingP(new double[]{6, 5, 4, 3, 2, 1}, 6)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void benjamini_hochberg_flags_four_of_the_fifteen_p_values_of_their_1995_example() {
        // Benjamini & Hochberg (1995), section 4: at q* = .05 the four smallest are rejected (Holm rejects three)
        double[] p = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719,
                0.6528, 0.7590, 1.000};
        double[] q = FalseDiscovery.adjusted(p);

        assertThat(Arrays.stream(q).filter(v -> v <= 0.05).count()).isEqualTo(4);
        // by hand: q of the fourth is 15 * .0095 / 4 = .0356; of the fifth min over k >= 5 of 15 p_k / k = 15 * .0201 / 5 = .0603
        assertThat(q[3]).isCloseTo(0.035625, within(1e-9));
        assertThat(q[4]).isCloseTo(0.0603, within(1e-9));
        assertThat(FalseDiscovery.adjusted(new double[]{Double.NaN, 0.01})[1]).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void dersimonian_laird_shrinks_two_alike_interviewers_onto_the_pooled_value() {
        // by hand: z = .2027 and .5493 with weights 10 and 20; Q = .8008 < k - 1, so tau^2 = 0 and both take tanh(.4338) = .4085
        ValidityShrinkage s = ValidityShrinkage.of(new double[]{0.2, 0.5}, new int[]{13, 23});

        assertThat(s.tau2).isZero();
        assertThat(s.shrunk[0]).isCloseTo(0.40848, within(1e-5));
        assertThat(s.shrunk[1]).isCloseTo(0.40848, within(1e-5));
    }

    @Test
    void dersimonian_laird_keeps_most_of_a_real_difference_and_leaves_out_the_thin_ones() {
        // by hand: z = .1003 and .8673, w = 50 each; Q = 14.706, tau^2 = (Q - 1)/(100 - 50) = .2741; B = .2741/.2941 = .932
        ValidityShrinkage s = ValidityShrinkage.of(new double[]{0.1, 0.7, 0.9}, new int[]{53, 53, ValidityShrinkage.MIN_N - 1});

        assertThat(s.tau2).isCloseTo(0.274118, within(1e-5));
        assertThat(s.shrunk[0]).isCloseTo(0.125743, within(1e-5));
        assertThat(s.shrunk[1]).isCloseTo(0.686457, within(1e-5));
        assertThat(s.shrunk[2]).isNaN();
        assertThat(s.pooled).isCloseTo(0.449296, within(1e-5));
    }
}
