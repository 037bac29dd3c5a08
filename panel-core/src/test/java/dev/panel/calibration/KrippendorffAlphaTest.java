package dev.panel.calibration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Krippendorff's alpha against the published worked example, and the cases where it is undefined. */
class KrippendorffAlphaTest {

    /**
     * The reliability data of K. Krippendorff, <i>Computing Krippendorff's Alpha-Reliability</i> (2011), section
     * C ("nominal data, any number of observers, missing data"): observers A to D, units 1 to 12, values 1 to 5,
     * blanks where an observer gave no value. Unit 12 has one value only and so is not pairable.
     */
    static final Integer N = null;
    static final Integer[] A = {1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N};
    static final Integer[] B = {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3};
    static final Integer[] C = {N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N};
    static final Integer[] D = {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N};

    @Test
    void reproduces_the_worked_example_of_krippendorff_2011_to_three_decimals() {
        KrippendorffAlpha alpha = KrippendorffAlpha.ofObservers(5, A, B, C, D);

        assertThat(alpha.pairableValues()).isEqualTo(40.0);
        assertThat(alpha.nominal()).isCloseTo(0.743, within(0.0005));
        assertThat(alpha.ordinal()).isCloseTo(0.815, within(0.0005));
        assertThat(alpha.interval()).isCloseTo(0.849, within(0.0005));
    }

    @Test
    void raters_who_always_agree_have_alpha_one() {
        KrippendorffAlpha alpha = KrippendorffAlpha.ofObservers(4, new Integer[]{1, 2, 3, 4}, new Integer[]{1, 2, 3, 4});

        assertThat(alpha.ordinal()).isEqualTo(1.0);
        assertThat(alpha.interval()).isEqualTo(1.0);
    }

    @Test
    void raters_who_contradict_each_other_systematically_have_negative_alpha() {
        KrippendorffAlpha alpha = KrippendorffAlpha.ofObservers(4, new Integer[]{1, 4, 1, 4}, new Integer[]{4, 1, 4, 1});

        assertThat(alpha.interval()).isLessThan(0);
    }

    @Test
    void alpha_is_undefined_not_an_error_when_every_value_is_the_same() {
        KrippendorffAlpha alpha = KrippendorffAlpha.ofObservers(4, new Integer[]{3, 3, 3}, new Integer[]{3, 3, 3});

        assertThat(alpha.pairableValues()).isEqualTo(6.0);
        assertThat(alpha.ordinal()).isNaN();
        assertThat(alpha.interval()).isNaN();
    }

    @Test
    void alpha_is_undefined_when_no_unit_has_two_ratings() {
        KrippendorffAlpha alpha = KrippendorffAlpha.ofObservers(4, new Integer[]{1, 2, null}, new Integer[]{null, null, 4});

        assertThat(alpha.pairableValues()).isZero();
        assertThat(alpha.nominal()).isNaN();
    }
}
