package dev.panel.calibration;

/**
 * Per-interviewer validities pulled toward the pooled one, on Fisher's z scale: each interviewer's
 * {@code z_j = atanh r_j} is taken as normal around their true value with variance {@code v_j = 1/(n_j - 3)}, true
 * values as normal around a pooled mean with variance {@code tau^2}. The between-interviewer variance is the
 * DerSimonian–Laird moment estimate (R. DerSimonian and N. Laird, "Meta-analysis in clinical trials", Controlled
 * Clinical Trials 7, 177–188, 1986), {@code tau^2 = max(0, (Q - (k - 1)) / (W - W2/W))} with {@code Q} Cochran's
 * heterogeneity statistic, {@code W = sum w}, {@code W2 = sum w^2}, {@code w = 1/v}; the pooled mean is the
 * random-effects mean with weights {@code 1/(v + tau^2)}. Each interviewer's shrunk value is the empirical-Bayes
 * posterior mean {@code mu + B_j (z_j - mu)}, {@code B_j = tau^2 / (tau^2 + v_j)} (C. N. Morris, "Parametric empirical
 * Bayes inference", JASA 78, 47–55, 1983), given back as a correlation. Interviewers below {@value #MIN_N} hired
 * candidates get no figure ("not enough data") and take no part in the pooling.
 */
public final class ValidityShrinkage {

    /** Below this many rated hires with an outcome an interviewer's validity is "not enough data". */
    public static final int MIN_N = 10;

    public final double pooled;
    public final double tau2;
    public final double[] shrunk;

    private ValidityShrinkage(double pooled, double tau2, double[] shrunk) {
        this.pooled = pooled;
        this.tau2 = tau2;
        this.shrunk = shrunk;
    }

    /** Shrinks {@code r[j]} (from {@code n[j]} pairs); an entry with too few pairs or an unknown r is NaN in {@code shrunk}. */
    public static ValidityShrinkage of(double[] r, int[] n) {
        int k = 0;
        double w = 0;
        double w2 = 0;
        double wz = 0;
        for (int j = 0; j < r.length; j++) {
            if (usable(r[j], n[j])) {
                double weight = n[j] - 3.0;
                k++;
                w += weight;
                w2 += weight * weight;
                wz += weight * Correlation.fisherZ(r[j]);
            }
        }
        double[] shrunk = new double[r.length];
        java.util.Arrays.fill(shrunk, Double.NaN);
        if (k == 0) {
            return new ValidityShrinkage(Double.NaN, Double.NaN, shrunk);
        }
        double fixed = wz / w;
        double q = 0;
        for (int j = 0; j < r.length; j++) {
            if (usable(r[j], n[j])) {
                double d = Correlation.fisherZ(r[j]) - fixed;
                q += (n[j] - 3.0) * d * d;
            }
        }
        double tau2 = k < 2 ? 0 : Math.max(0, (q - (k - 1)) / (w - w2 / w));
        double rw = 0;
        double rwz = 0;
        for (int j = 0; j < r.length; j++) {
            if (usable(r[j], n[j])) {
                double weight = 1 / (1 / (n[j] - 3.0) + tau2);
                rw += weight;
                rwz += weight * Correlation.fisherZ(r[j]);
            }
        }
        double mu = rwz / rw;
        for (int j = 0; j < r.length; j++) {
            if (usable(r[j], n[j])) {
                double b = tau2 / (tau2 + 1 / (n[j] - 3.0));
                shrunk[j] = Math.tanh(mu + b * (Correlation.fisherZ(r[j]) - mu));
            }
        }
        return new ValidityShrinkage(Math.tanh(mu), tau2, shrunk);
    }

    private static boolean usable(double r, int n) {
        return n >= MIN_N && !Double.isNaN(r);
    }
}
