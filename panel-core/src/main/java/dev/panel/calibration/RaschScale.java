package dev.panel.calibration;

import java.util.Arrays;

/**
 * The rating scales of the many-facet Rasch model: one set of Andrich thresholds per scale maximum (each summing
 * to 0), each rating's category (level - 1) and scale group, and the category probabilities of a rating at a given
 * {@code eta = ability - severity - difficulty}: {@code P(x) ~ exp(x eta - F_1 - ... - F_x)}.
 *
 * <p>Threshold k's joint-maximum-likelihood step: its score is the number of ratings at level k or above, its
 * expectation the sum of the model's {@code P(X >= k)}, its information the sum of {@code P(X >= k)(1 - P(X >= k))}.
 */
final class RaschScale {

    /** Per scale maximum: the index of its group, -1 when unused. */
    private final int[] groupOfScale = new int[Rating.MAX_SCALE + 1];
    /** Per group: its top category M = levels - 1. */
    final int[] top;
    final int[] category;
    final int[] group;
    /** {@code thresholds[group][k]}, k = 1..M (index 0 unused). */
    final double[][] thresholds;
    /** {@code exp(-F_k)}, kept in step with the thresholds so that a rating's probabilities need one exp. */
    private final double[][] factor;
    private final double[][] observedAtLeast;
    private final double[][] expectedAtLeast;
    private final double[][] information;
    /** The category probabilities and the variance of the last {@link #expectation}. */
    final double[] probability = new double[Rating.MAX_SCALE];
    double variance;

    RaschScale(RatingTable table) {
        Arrays.fill(groupOfScale, -1);
        int groups = 0;
        for (int r = 0; r < table.size; r++) {
            if (groupOfScale[table.scaleMax[r]] < 0) {
                groupOfScale[table.scaleMax[r]] = groups++;
            }
        }
        top = new int[groups];
        for (int m = 0; m <= Rating.MAX_SCALE; m++) {
            if (groupOfScale[m] >= 0) {
                top[groupOfScale[m]] = m - 1;
            }
        }
        category = new int[table.size];
        group = new int[table.size];
        for (int r = 0; r < table.size; r++) {
            category[r] = table.value[r] - 1;
            group[r] = groupOfScale[table.scaleMax[r]];
        }
        thresholds = new double[groups][];
        factor = new double[groups][];
        observedAtLeast = new double[groups][];
        expectedAtLeast = new double[groups][];
        information = new double[groups][];
        for (int g = 0; g < groups; g++) {
            thresholds[g] = new double[top[g] + 1];
            factor[g] = new double[top[g] + 1];
            observedAtLeast[g] = new double[top[g] + 1];
            expectedAtLeast[g] = new double[top[g] + 1];
            information[g] = new double[top[g] + 1];
        }
    }

    int groupOf(int scaleMax) {
        return groupOfScale[scaleMax];
    }

    /**
     * Counts the levels of the included ratings (of all ratings, for a group with none included) and starts each
     * threshold at {@code log(n_(k-1) / n_k)}, centred. A level nobody used would push its threshold to infinity;
     * it gets a pseudo-count of {@value ManyFacetRasch#EXTREME_ADJUSTMENT}, the total kept.
     */
    void start(boolean[] included) {
        double[][] counts = new double[top.length][];
        for (int g = 0; g < top.length; g++) {
            counts[g] = new double[top[g] + 1];
        }
        boolean[] any = new boolean[top.length];
        for (int r = 0; r < category.length; r++) {
            if (included[r]) {
                counts[group[r]][category[r]]++;
                any[group[r]] = true;
            }
        }
        for (int r = 0; r < category.length; r++) {
            if (!any[group[r]]) {
                counts[group[r]][category[r]]++;
            }
        }
        for (int g = 0; g < top.length; g++) {
            double total = Arrays.stream(counts[g]).sum();
            double adjusted = Arrays.stream(counts[g]).map(c -> c > 0 ? c : ManyFacetRasch.EXTREME_ADJUSTMENT).sum();
            double atLeast = 0;
            for (int x = top[g]; x >= 0; x--) {
                counts[g][x] = (counts[g][x] > 0 ? counts[g][x] : ManyFacetRasch.EXTREME_ADJUSTMENT) * total / adjusted;
                atLeast += counts[g][x];
                observedAtLeast[g][x] = atLeast;
            }
            for (int k = 1; k <= top[g]; k++) {
                thresholds[g][k] = Math.log(counts[g][k - 1] / counts[g][k]);
            }
            centre(g);
        }
        refresh();
    }

    /**
     * The expected category (0..M) at odds {@code t = exp(eta)} on group g's scale; leaves the category
     * probabilities in {@link #probability} and the variance in {@link #variance}. No exp: the unnormalised
     * probability of category x is {@code t^x exp(-F_1 - ... - F_x)}.
     */
    double expectation(double t, int g) {
        double[] f = factor[g];
        int m = top[g];
        double term = 1.0;
        double sum = 1.0;
        probability[0] = 1.0;
        for (int x = 1; x <= m; x++) {
            term *= t * f[x];
            probability[x] = term;
            sum += term;
        }
        double mean = 0;
        double square = 0;
        double scale = 1.0 / sum;
        for (int x = 0; x <= m; x++) {
            double p = probability[x] * scale;
            probability[x] = p;
            mean += x * p;
            square += (double) x * x * p;
        }
        variance = square - mean * mean;
        return mean;
    }

    void clear() {
        for (int g = 0; g < top.length; g++) {
            Arrays.fill(expectedAtLeast[g], 0);
            Arrays.fill(information[g], 0);
        }
    }

    /** Adds the probabilities of the last {@link #expectation} to group g's threshold sums. */
    void add(int g) {
        double atLeast = 0;
        for (int k = top[g]; k >= 1; k--) {
            atLeast += probability[k];
            expectedAtLeast[g][k] += atLeast;
            information[g][k] += atLeast * (1.0 - atLeast);
        }
    }

    /**
     * One Newton-Raphson step per threshold, capped, then each set centred; returns the largest change after
     * centring (a step common to all thresholds of a set is taken out by the centring and is no change).
     */
    double newtonStep(double limit) {
        double largest = 0;
        for (int g = 0; g < top.length; g++) {
            double[] before = thresholds[g].clone();
            for (int k = 1; k <= top[g]; k++) {
                if (information[g][k] <= 0) {
                    continue;
                }
                double step = (expectedAtLeast[g][k] - observedAtLeast[g][k]) / information[g][k];
                step = Math.max(-ManyFacetRasch.MAX_STEP, Math.min(ManyFacetRasch.MAX_STEP, step));
                thresholds[g][k] = Math.max(-limit, Math.min(limit, thresholds[g][k] + step));
            }
            centre(g);
            for (int k = 1; k <= top[g]; k++) {
                largest = Math.max(largest, Math.abs(thresholds[g][k] - before[k]));
            }
        }
        refresh();
        return largest;
    }

    private void centre(int g) {
        double mean = 0;
        for (int k = 1; k <= top[g]; k++) {
            mean += thresholds[g][k] / top[g];
        }
        for (int k = 1; k <= top[g]; k++) {
            thresholds[g][k] -= mean;
        }
    }

    private void refresh() {
        for (int g = 0; g < top.length; g++) {
            for (int k = 1; k <= top[g]; k++) {
                factor[g][k] = Math.exp(-thresholds[g][k]);
            }
        }
    }
}
