package dev.panel.calibration;

/**
 * One facet of the many-facet Rasch model (candidates, interviewers or competencies): each element's measure,
 * its observed score, and the expected score and information summed over its ratings in the current pass.
 * {@code sign} is +1 where a higher measure raises the rating (ability) and -1 where it lowers it (severity,
 * difficulty).
 */
final class RaschFacet {

    private final int[] element;
    private final int sign;
    final double[] measure;
    final double[] standardError;
    final boolean[] extreme;
    private final double[] observed;
    private final double[] maximum;
    private final double[] expected;
    private final double[] information;

    RaschFacet(int[] element, int count, int[] category, int[] group, int[] top, int sign) {
        this.element = element;
        this.sign = sign;
        measure = new double[count];
        standardError = new double[count];
        extreme = new boolean[count];
        observed = new double[count];
        maximum = new double[count];
        expected = new double[count];
        information = new double[count];
        for (int r = 0; r < element.length; r++) {
            observed[element[r]] += category[r];
            maximum[element[r]] += top[group[r]];
        }
        for (int e = 0; e < count; e++) {
            if (observed[e] <= 0) {
                observed[e] = ManyFacetRasch.EXTREME_ADJUSTMENT;
                extreme[e] = true;
            } else if (observed[e] >= maximum[e]) {
                observed[e] = maximum[e] - ManyFacetRasch.EXTREME_ADJUSTMENT;
                extreme[e] = true;
            }
        }
    }

    /** Starting measures from the raw scores: the log-odds of the share of the scale reached. */
    void start() {
        for (int e = 0; e < measure.length; e++) {
            measure[e] = sign * Math.log((observed[e] + 0.5) / (maximum[e] - observed[e] + 0.5));
        }
    }

    void clear() {
        java.util.Arrays.fill(expected, 0);
        java.util.Arrays.fill(information, 0);
    }

    void add(int rating, double expectedCategory, double variance) {
        int e = element[rating];
        expected[e] += expectedCategory;
        information[e] += variance;
    }

    /** One Newton-Raphson step per element: score residual over information, capped; returns the largest step. */
    double newtonStep() {
        double largest = 0;
        for (int e = 0; e < measure.length; e++) {
            if (information[e] <= 0) {
                continue;
            }
            double step = sign * (observed[e] - expected[e]) / information[e];
            step = Math.max(-ManyFacetRasch.MAX_STEP, Math.min(ManyFacetRasch.MAX_STEP, step));
            measure[e] += step;
            largest = Math.max(largest, Math.abs(step));
        }
        return largest;
    }

    /** Moves the measures so that they average 0; returns the mean that was taken off. */
    double centre() {
        if (measure.length == 0) {
            return 0;
        }
        double mean = 0;
        for (double m : measure) {
            mean += m;
        }
        mean /= measure.length;
        for (int e = 0; e < measure.length; e++) {
            measure[e] -= mean;
        }
        return mean;
    }

    /** Model standard errors from the information of the last pass. */
    void standardErrors() {
        for (int e = 0; e < measure.length; e++) {
            standardError[e] = information[e] > 0 ? 1.0 / Math.sqrt(information[e]) : Double.NaN;
        }
    }
}
