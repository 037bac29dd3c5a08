package dev.panel.calibration;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A Pearson correlation with its 95% confidence interval from Fisher's z transformation and the n behind it.
 * Fisher (1921, "On the probable error of a coefficient of correlation deduced from a small sample", Metron 1,
 * 3–32): {@code z = atanh r} is close to normal with standard error {@code 1/sqrt(n - 3)}, so the interval is
 * {@code tanh(z -+ 1.96/sqrt(n - 3))}. Below {@value #MIN_N} pairs, or when either side does not vary, every figure
 * is NaN (the caller turns NaN into a null with a reason).
 */
public record Correlation(int n, double r, double low, double high) {

    /** Fisher's interval needs n > 3; at four pairs it is nearly [-1, 1], which is honest. */
    public static final int MIN_N = 4;
    static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    public static Correlation none(int n) {
        return new Correlation(n, Double.NaN, Double.NaN, Double.NaN);
    }

    public boolean known() {
        return !Double.isNaN(r);
    }

    /** The correlation of the first {@code n} pairs of {@code x} and {@code y} (two-pass, so large means cost no precision). */
    public static Correlation pearson(double[] x, double[] y, int n) {
        if (n < MIN_N) {
            return none(n);
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx <= 1e-12 * n || syy <= 1e-12 * n) {
            return none(n);
        }
        return of(Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))), n);
    }

    /** A correlation already computed, with Fisher's interval. */
    public static Correlation of(double r, int n) {
        if (n < MIN_N || Double.isNaN(r)) {
            return none(n);
        }
        double z = fisherZ(r);
        double half = Z95 / Math.sqrt(n - 3.0);
        return new Correlation(n, r, Math.tanh(z - half), Math.tanh(z + half));
    }

    /** atanh r, kept finite at |r| = 1. */
    static double fisherZ(double r) {
        double bounded = Math.max(-0.999999, Math.min(0.999999, r));
        return 0.5 * Math.log((1 + bounded) / (1 - bounded));
    }

    /** The figures with Thorndike's case II correction applied to r and both bounds (the correction is monotone in r). */
    public Correlation corrected(double u) {
        if (!known() || Double.isNaN(u)) {
            return none(n);
        }
        return new Correlation(n, RangeRestriction.caseTwo(r, u), RangeRestriction.caseTwo(low, u), RangeRestriction.caseTwo(high, u));
    }
}
