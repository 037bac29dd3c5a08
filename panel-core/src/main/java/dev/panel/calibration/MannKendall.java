package dev.panel.calibration;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Mann–Kendall test for a monotone upward trend (H. B. Mann, "Nonparametric tests against trend", Econometrica
 * 13, 245–259, 1945; M. G. Kendall, <i>Rank Correlation Methods</i>, 1975): {@code S = sum over i<j of sign(x_j - x_i)},
 * with variance {@code [n(n-1)(2n+5) - sum over tie groups t(t-1)(2t+5)] / 18}, and the one-sided p-value from the
 * normal approximation with continuity correction, {@code Z = (S - 1)/sqrt(Var S)} for S > 0 (0 otherwise), as in
 * Helsel & Hirsch, <i>Statistical Methods in Water Resources</i> (USGS, 2002), ch. 12. It needs no assumption
 * about the size or shape of the rise, only that the months are independent. Fewer than {@value #MIN_POINTS} months
 * give NaN.
 */
public final class MannKendall {

    public static final int MIN_POINTS = 6;
    private static final NormalDistribution NORMAL = new NormalDistribution();

    private MannKendall() {
    }

    /** Kendall's S of the first {@code n} values, in time order. */
    static long s(double[] x, int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                s += Double.compare(x[j], x[i]) > 0 ? 1 : Double.compare(x[j], x[i]) < 0 ? -1 : 0;
            }
        }
        return s;
    }

    /** The variance of S under no trend, corrected for tied values. */
    static double variance(double[] x, int n) {
        double[] sorted = java.util.Arrays.copyOf(x, n);
        java.util.Arrays.sort(sorted);
        double ties = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && sorted[end] == sorted[start]) {
                end++;
            }
            int t = end - start;
            ties += t * (t - 1.0) * (2.0 * t + 5);
            start = end;
        }
        return (n * (n - 1.0) * (2.0 * n + 5) - ties) / 18.0;
    }

    /** The one-sided p-value for a rise over the first {@code n} values, in time order; NaN below {@value #MIN_POINTS}. */
    public static double risingP(double[] x, int n) {
        if (n < MIN_POINTS) {
            return Double.NaN;
        }
        long s = s(x, n);
        double variance = variance(x, n);
        if (variance <= 0) {
            return 1;
        }
        double z = s > 0 ? (s - 1) / Math.sqrt(variance) : 0;
        return 1 - NORMAL.cumulativeProbability(z);
    }
}
