package dev.panel.calibration;

/**
 * Thorndike's case II correction for direct range restriction (R. L. Thorndike, <i>Personnel Selection</i>, Wiley,
 * 1949; the form in Hunter & Schmidt, <i>Methods of Meta-Analysis</i>, 2004, eq. 3.16): a correlation seen only in
 * the hired group, whose predictor spread {@code s} is narrower than the applicant pool's {@code S}, estimates the
 * pool's correlation as {@code R = r u / sqrt(1 - r^2 + r^2 u^2)} with {@code u = S / s}. It assumes selection on
 * the predictor itself (here: the panel's score) and a linear, homoscedastic relation; hiring on more than the
 * score makes it an under-correction. The bounds of the interval are corrected alike (Hunter & Schmidt's
 * approximation), so the corrected interval is no narrower in relative terms.
 */
public final class RangeRestriction {

    private RangeRestriction() {
    }

    /** The ratio of spreads {@code u = S_pool / s_hired}; NaN when either is missing or the hired group does not vary. */
    public static double ratio(double poolSd, double hiredSd) {
        if (Double.isNaN(poolSd) || Double.isNaN(hiredSd) || hiredSd <= 0) {
            return Double.NaN;
        }
        return poolSd / hiredSd;
    }

    /** Case II: the pool's correlation from the restricted one, {@code r}, and the ratio of spreads {@code u}. */
    public static double caseTwo(double r, double u) {
        if (Double.isNaN(r) || Double.isNaN(u) || u <= 0) {
            return Double.NaN;
        }
        return r * u / Math.sqrt(1 - r * r + r * r * u * u);
    }

    /** The sample standard deviation of the first {@code n} values, NaN below two. */
    public static double sd(double[] values, int n) {
        if (n < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += values[i];
        }
        mean /= n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            squares += (values[i] - mean) * (values[i] - mean);
        }
        return Math.sqrt(squares / (n - 1));
    }
}
