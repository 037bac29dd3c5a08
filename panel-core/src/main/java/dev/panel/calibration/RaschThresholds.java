package dev.panel.calibration;

/**
 * The Andrich thresholds of the many-facet Rasch model, one set per scale maximum, each summing to 0, with the
 * Newton-Raphson step of joint maximum likelihood: threshold k's score is the number of ratings at level k or
 * above, its expectation the sum of the model's {@code P(X >= k)}, its information the sum of
 * {@code P(X >= k)(1 - P(X >= k))}.
 */
final class RaschThresholds {

    private final double[][] thresholds;
    private final int[] top;
    /** {@code exp(-F_k)}, kept in step with the thresholds so that a rating's probabilities need one exp. */
    final double[][] factor;
    private final double[][] observedAtLeast;
    private final double[][] expectedAtLeast;
    private final double[][] information;
    private final double[][] counts;

    RaschThresholds(double[][] thresholds, int[] top, int[] category, int[] group) {
        this.thresholds = thresholds;
        this.top = top;
        int groups = top.length;
        factor = new double[groups][];
        observedAtLeast = new double[groups][];
        expectedAtLeast = new double[groups][];
        information = new double[groups][];
        counts = new double[groups][];
        for (int g = 0; g < groups; g++) {
            factor[g] = new double[top[g] + 1];
            observedAtLeast[g] = new double[top[g] + 1];
            expectedAtLeast[g] = new double[top[g] + 1];
            information[g] = new double[top[g] + 1];
            counts[g] = new double[top[g] + 1];
        }
        for (int r = 0; r < category.length; r++) {
            counts[group[r]][category[r]]++;
        }
        for (int g = 0; g < groups; g++) {
            withPseudoCounts(counts[g]);
            double atLeast = 0;
            for (int k = top[g]; k >= 1; k--) {
                atLeast += counts[g][k];
                observedAtLeast[g][k] = atLeast;
            }
        }
    }

    /** A level nobody used would push its threshold to infinity: give it a small share, keeping the total. */
    private static void withPseudoCounts(double[] count) {
        double total = 0;
        double adjusted = 0;
        for (double c : count) {
            total += c;
            adjusted += c > 0 ? c : ManyFacetRasch.EXTREME_ADJUSTMENT;
        }
        for (int x = 0; x < count.length; x++) {
            count[x] = (count[x] > 0 ? count[x] : ManyFacetRasch.EXTREME_ADJUSTMENT) * total / adjusted;
        }
    }

    /** Starting thresholds from the level counts: {@code F_k = log(n_(k-1) / n_k)}, centred. */
    void start() {
        for (int g = 0; g < top.length; g++) {
            for (int k = 1; k <= top[g]; k++) {
                thresholds[g][k] = Math.log(counts[g][k - 1] / counts[g][k]);
            }
            centre(g);
        }
        refresh();
    }

    void clear() {
        for (int g = 0; g < top.length; g++) {
            java.util.Arrays.fill(expectedAtLeast[g], 0);
            java.util.Arrays.fill(information[g], 0);
        }
    }

    /** Adds one rating's category probabilities (normalised, index 0..M). */
    void add(int g, double[] probability) {
        double atLeast = 0;
        for (int k = top[g]; k >= 1; k--) {
            atLeast += probability[k];
            expectedAtLeast[g][k] += atLeast;
            information[g][k] += atLeast * (1.0 - atLeast);
        }
    }

    /** One Newton-Raphson step per threshold, capped, then each set centred; returns the largest step. */
    double newtonStep(double limit) {
        double largest = 0;
        for (int g = 0; g < top.length; g++) {
            for (int k = 1; k <= top[g]; k++) {
                if (information[g][k] <= 0) {
                    continue;
                }
                double step = (expectedAtLeast[g][k] - observedAtLeast[g][k]) / information[g][k];
                step = Math.max(-ManyFacetRasch.MAX_STEP, Math.min(ManyFacetRasch.MAX_STEP, step));
                double moved = Math.max(-limit, Math.min(limit, thresholds[g][k] + step));
                largest = Math.max(largest, Math.abs(moved - thresholds[g][k]));
                thresholds[g][k] = moved;
            }
            centre(g);
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
