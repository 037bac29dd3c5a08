package dev.panel.calibration;

import java.util.Arrays;

/**
 * One facet of the many-facet Rasch model (candidates, interviewers or competencies): each element's measure,
 * its observed score, and the expected score and information summed over its ratings in the current pass.
 * {@code sign} is +1 where a higher measure raises the rating (ability), -1 where it lowers it (severity,
 * difficulty). Elements with an extreme score, or whose every rating involves such an element, are estimated
 * {@code later}: after the others, from all their ratings, with the others held fixed.
 */
final class RaschFacet {

    private final int[] element;
    private final int sign;
    final double[] measure;
    final double[] standardError;
    /** All of the element's ratings at the bottom, or all at the top, of their scales. */
    final boolean[] extreme;
    final boolean[] later;
    private final double[] observed;
    private final double[] maximum;
    private final int[] ratings;
    private final double[] expected;
    private final double[] information;
    private final double[] squaredResidual;
    private final double[] standardisedSquares;
    private final int[] residuals;
    /** Fit mean-squares of the last pass; see {@link #fitStatistics()}. */
    final double[] infit;
    final double[] outfit;

    RaschFacet(int[] element, int count, int sign) {
        this.element = element;
        this.sign = sign;
        measure = new double[count];
        standardError = new double[count];
        extreme = new boolean[count];
        later = new boolean[count];
        observed = new double[count];
        maximum = new double[count];
        ratings = new int[count];
        expected = new double[count];
        information = new double[count];
        squaredResidual = new double[count];
        standardisedSquares = new double[count];
        residuals = new int[count];
        infit = new double[count];
        outfit = new double[count];
    }

    /**
     * Scores over the included ratings. With {@code adjust}, extreme scores move {@value
     * ManyFacetRasch#EXTREME_ADJUSTMENT} points inward (and are flagged), so that they have a finite estimate.
     */
    void score(RaschScale scale, boolean[] included, boolean adjust) {
        Arrays.fill(observed, 0);
        Arrays.fill(maximum, 0);
        Arrays.fill(ratings, 0);
        for (int r = 0; r < element.length; r++) {
            if (included[r]) {
                observed[element[r]] += scale.category[r];
                maximum[element[r]] += scale.top[scale.group[r]];
                ratings[element[r]]++;
            }
        }
        for (int e = 0; adjust && e < measure.length; e++) {
            extreme[e] = ratings[e] > 0 && (observed[e] <= 0 || observed[e] >= maximum[e]);
            if (observed[e] <= 0) {
                observed[e] = Math.min(ManyFacetRasch.EXTREME_ADJUSTMENT, maximum[e] / 2);
            } else if (observed[e] >= maximum[e]) {
                observed[e] = Math.max(maximum[e] - ManyFacetRasch.EXTREME_ADJUSTMENT, maximum[e] / 2);
            }
        }
    }

    /** Marks for later the elements whose included score is extreme or empty; says whether any was newly marked. */
    boolean markLater() {
        boolean changed = false;
        for (int e = 0; e < measure.length; e++) {
            if (!later[e] && (ratings[e] == 0 || observed[e] <= 0 || observed[e] >= maximum[e])) {
                later[e] = true;
                changed = true;
            }
        }
        return changed;
    }

    boolean hasLater() {
        for (boolean l : later) {
            if (l) {
                return true;
            }
        }
        return false;
    }

    /** Starting measures from the scores: the log-odds of the share of the scale reached. */
    void start() {
        for (int e = 0; e < measure.length; e++) {
            measure[e] = sign * Math.log((observed[e] + 0.5) / (maximum[e] - observed[e] + 0.5));
        }
    }

    void clear() {
        Arrays.fill(expected, 0);
        Arrays.fill(information, 0);
        Arrays.fill(squaredResidual, 0);
        Arrays.fill(standardisedSquares, 0);
        Arrays.fill(residuals, 0);
    }

    void add(int rating, int category, double expectedCategory, double variance) {
        int e = element[rating];
        double residual = category - expectedCategory;
        expected[e] += expectedCategory;
        information[e] += variance;
        squaredResidual[e] += residual * residual;
        standardisedSquares[e] += residual * residual / Math.max(variance, 1e-12);
        residuals[e]++;
    }

    /** One capped Newton-Raphson step per element (only those estimated later, if so asked); the largest step. */
    double newtonStep(boolean onlyLater) {
        double largest = 0;
        for (int e = 0; e < measure.length; e++) {
            if (information[e] <= 0 || (onlyLater && !later[e])) {
                continue;
            }
            double step = sign * (observed[e] - expected[e]) / information[e];
            step = Math.max(-ManyFacetRasch.MAX_STEP, Math.min(ManyFacetRasch.MAX_STEP, step));
            measure[e] += step;
            largest = Math.max(largest, Math.abs(step));
        }
        return largest;
    }

    /** Moves the measures so that those of the chosen elements average 0; returns the mean taken off. */
    double centre(boolean allElements) {
        double mean = 0;
        int counted = 0;
        for (int e = 0; e < measure.length; e++) {
            if (allElements || !later[e]) {
                mean += measure[e];
                counted++;
            }
        }
        mean = counted == 0 ? 0 : mean / counted;
        for (int e = 0; e < measure.length; e++) {
            measure[e] -= mean;
        }
        return mean;
    }

    /**
     * Infit and outfit mean-squares from the residuals of the last pass (B. D. Wright and G. N. Masters, <i>Rating
     * Scale Analysis</i>, MESA Press, 1982): infit = sum of squared residuals / sum of model variances, outfit =
     * mean of squared standardised residuals. Both expect 1; above about 1.5 the element's ratings are more
     * erratic than the model predicts (noise), below about 0.5 more predictable (e.g. always the middle level).
     */
    void fitStatistics() {
        for (int e = 0; e < measure.length; e++) {
            infit[e] = information[e] > 0 ? squaredResidual[e] / information[e] : Double.NaN;
            outfit[e] = residuals[e] > 0 ? standardisedSquares[e] / residuals[e] : Double.NaN;
        }
    }

    /** Model standard errors from the information of the last pass. */
    void standardErrors() {
        for (int e = 0; e < measure.length; e++) {
            standardError[e] = information[e] > 0 ? 1.0 / Math.sqrt(information[e]) : Double.NaN;
        }
    }
}
