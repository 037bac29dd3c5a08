package dev.panel.calibration;

/**
 * Krippendorff's alpha, the agreement of any number of raters beyond chance, with missing ratings allowed:
 * {@code alpha = 1 - D_o / D_e}, observed over expected disagreement. 1 is perfect agreement, 0 is what raters
 * rating at random would reach, below 0 is systematic disagreement.
 *
 * <p>Computed with the coincidence-matrix method of K. Krippendorff, <i>Computing Krippendorff's
 * Alpha-Reliability</i> (2011, Annenberg School for Communication, University of Pennsylvania): every unit
 * (here a candidate on a competency) with {@code m_u >= 2} values adds {@code n_uc n_uk / (m_u - 1)} to the
 * coincidence of values c and k; then {@code alpha = 1 - (n - 1) sum o_ck d2_ck / sum n_c n_k d2_ck} with the
 * metric's squared difference d2: nominal (0 or 1), ordinal (the ranks between c and k,
 * {@code (sum_{g=c..k} n_g - (n_c + n_k)/2)^2}) and interval ({@code (c - k)^2}). Units are added one at a time,
 * so the cost is linear in the number of values and the memory is the V x V matrix.
 *
 * <p>Alpha is undefined, and returned as {@link Double#NaN}, when fewer than two values are pairable (no unit has
 * two ratings) or when every pairable value is the same (no expected disagreement to compare with).
 */
public final class KrippendorffAlpha {

    private final int levels;
    /** Coincidences, {@code o[c * (levels + 1) + k]} for values c, k in 1..levels. */
    private final double[] coincidences;
    private final int[] count;
    private final int[] distinct;

    /** An empty accumulator for values 1..{@code levels}. */
    public KrippendorffAlpha(int levels) {
        if (levels < 1) {
            throw new IllegalArgumentException("levels must be at least 1");
        }
        this.levels = levels;
        this.coincidences = new double[(levels + 1) * (levels + 1)];
        this.count = new int[levels + 1];
        this.distinct = new int[levels + 1];
    }

    /**
     * Alpha of a reliability-data matrix in the paper's layout: one row per observer, one column per unit,
     * {@code null} where an observer gave no value.
     */
    public static KrippendorffAlpha ofObservers(int levels, Integer[]... observers) {
        KrippendorffAlpha alpha = new KrippendorffAlpha(levels);
        int units = observers.length == 0 ? 0 : observers[0].length;
        int[] unit = new int[observers.length];
        for (int u = 0; u < units; u++) {
            int m = 0;
            for (Integer[] observer : observers) {
                if (observer[u] != null) {
                    unit[m++] = observer[u];
                }
            }
            alpha.addUnit(unit, 0, m);
        }
        return alpha;
    }

    /** Adds one unit's values, {@code values[from..to)}; a unit with fewer than two values is not pairable. */
    public void addUnit(int[] values, int from, int to) {
        int m = to - from;
        if (m < 2) {
            return;
        }
        int kinds = 0;
        for (int i = from; i < to; i++) {
            int v = values[i];
            if (v < 1 || v > levels) {
                throw new IllegalArgumentException("value " + v + " outside 1.." + levels);
            }
            if (count[v]++ == 0) {
                distinct[kinds++] = v;
            }
        }
        double weight = 1.0 / (m - 1);
        int width = levels + 1;
        for (int a = 0; a < kinds; a++) {
            int c = distinct[a];
            coincidences[c * width + c] += count[c] * (count[c] - 1.0) * weight;
            for (int b = 0; b < kinds; b++) {
                int k = distinct[b];
                if (k != c) {
                    coincidences[c * width + k] += (double) count[c] * count[k] * weight;
                }
            }
        }
        for (int a = 0; a < kinds; a++) {
            count[distinct[a]] = 0;
        }
    }

    /** The number of pairable values n (the values in units with two or more). */
    public double pairableValues() {
        double n = 0;
        for (double o : coincidences) {
            n += o;
        }
        return n;
    }

    public double nominal() {
        return alpha(Metric.NOMINAL);
    }

    public double ordinal() {
        return alpha(Metric.ORDINAL);
    }

    public double interval() {
        return alpha(Metric.INTERVAL);
    }

    private enum Metric { NOMINAL, ORDINAL, INTERVAL }

    private double alpha(Metric metric) {
        int width = levels + 1;
        double[] marginal = new double[width];
        double n = 0;
        for (int c = 1; c <= levels; c++) {
            for (int k = 1; k <= levels; k++) {
                marginal[c] += coincidences[c * width + k];
            }
            n += marginal[c];
        }
        if (n < 2) {
            return Double.NaN;
        }
        double observed = 0;
        double expected = 0;
        for (int c = 1; c <= levels; c++) {
            for (int k = 1; k <= levels; k++) {
                if (c == k) {
                    continue;
                }
                double d2 = squaredDifference(metric, marginal, c, k);
                observed += coincidences[c * width + k] * d2;
                expected += marginal[c] * marginal[k] * d2;
            }
        }
        if (expected == 0) {
            return Double.NaN;
        }
        return 1.0 - (n - 1.0) * observed / expected;
    }

    private static double squaredDifference(Metric metric, double[] marginal, int c, int k) {
        return switch (metric) {
            case NOMINAL -> 1.0;
            case INTERVAL -> (double) (c - k) * (c - k);
            case ORDINAL -> {
                int low = Math.min(c, k);
                int high = Math.max(c, k);
                double between = 0;
                for (int g = low; g <= high; g++) {
                    between += marginal[g];
                }
                double d = between - (marginal[c] + marginal[k]) / 2.0;
                yield d * d;
            }
        };
    }
}
