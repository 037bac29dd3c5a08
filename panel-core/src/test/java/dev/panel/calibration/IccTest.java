package dev.panel.calibration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The six intraclass correlations against Shrout and Fleiss's own example. */
class IccTest {

    /**
     * Table 2 of P. E. Shrout and J. L. Fleiss, "Intraclass correlations: uses in assessing rater reliability",
     * Psychological Bulletin 86(2), 420–428 (1979): six targets rated by four judges.
     */
    static final double[][] SHROUT_FLEISS_TABLE_2 = {
            {9, 2, 5, 8},
            {6, 1, 3, 2},
            {8, 4, 6, 8},
            {7, 1, 2, 6},
            {10, 5, 6, 9},
            {6, 2, 4, 7},
    };

    @Test
    void reproduces_the_six_coefficients_of_shrout_and_fleiss_1979_table_4() {
        Icc icc = Icc.of(SHROUT_FLEISS_TABLE_2);

        assertThat(icc.targets()).isEqualTo(6);
        assertThat(icc.judges()).isEqualTo(4);
        assertThat(icc.icc11()).isCloseTo(0.17, within(0.005));
        assertThat(icc.icc21()).isCloseTo(0.29, within(0.005));
        assertThat(icc.icc31()).isCloseTo(0.71, within(0.005));
        assertThat(icc.icc1k()).isCloseTo(0.44, within(0.005));
        assertThat(icc.icc2k()).isCloseTo(0.62, within(0.005));
        assertThat(icc.icc3k()).isCloseTo(0.91, within(0.005));
    }

    @Test
    void a_ragged_table_is_refused_because_the_formulas_need_a_complete_design() {
        assertThatThrownBy(() -> Icc.of(new double[][]{{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("complete design");
    }
}
