package dev.panel.drill;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WeightedKappaTest {

    /**
     * The two worked examples of Maplesoft's documentation of EssayTools[QuadraticWeightedKappa] (Maple help page
     * "QuadraticWeightedKappa", examples 1 and 2), typed in here from that page: two graders' scores of nine
     * essays, with published results 0.758620689655172 and 0.438095238095238.
     */
    @Test
    void quadratic_kappa_matches_the_published_worked_examples() {
        int[] first = {9, 7, 8, 7, 6, 8, 3, 5, 10};
        assertThat(WeightedKappa.quadratic(first, new int[]{8, 8, 6, 6, 7, 6, 1, 4, 8}, 10).getAsDouble())
                .isCloseTo(0.758620689655172, within(1e-12));
        assertThat(WeightedKappa.quadratic(first, new int[]{3, 5, 6, 6, 7, 6, 1, 4, 8}, 10).getAsDouble())
                .isCloseTo(0.438095238095238, within(1e-12));
    }

    @Test
    void identical_ratings_agree_perfectly_and_a_reversed_scale_disagrees() {
        int[] levels = {1, 2, 3, 4, 2};
        assertThat(WeightedKappa.quadratic(levels, levels, 4).getAsDouble()).isEqualTo(1.0);
        assertThat(WeightedKappa.quadratic(new int[]{1, 2, 3, 4}, new int[]{4, 3, 2, 1}, 4).getAsDouble()).isEqualTo(-1.0);
    }

    @Test
    void kappa_is_undefined_when_both_raters_use_one_and_the_same_level() {
        assertThat(WeightedKappa.quadratic(new int[]{3, 3, 3}, new int[]{3, 3, 3}, 4)).isEmpty();
        assertThat(WeightedKappa.quadratic(new int[0], new int[0], 4)).isEmpty();
    }
}
