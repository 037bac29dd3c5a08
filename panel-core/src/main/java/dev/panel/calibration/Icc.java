package dev.panel.calibration;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Intraclass correlations of P. E. Shrout and J. L. Fleiss, "Intraclass correlations: uses in assessing rater
 * reliability", <i>Psychological Bulletin</i> 86(2), 420–428 (1979): how much of the variance of the ratings is
 * variance between the candidates, for a complete design where each of k judges rates each of n targets once.
 *
 * <ul>
 *   <li>{@code icc11}, {@code icc1k}: case 1, each target rated by its own judges (one-way random effects);</li>
 *   <li>{@code icc21}, {@code icc2k}: case 2, the judges a random sample of judges (two-way random effects),
 *       so a judge's leniency counts as error;</li>
 *   <li>{@code icc31}, {@code icc3k}: case 3, these judges only (two-way mixed), leniency not counted.</li>
 * </ul>
 * The {@code ...1} forms are the reliability of one judge's rating, the {@code ...k} forms of the mean of k judges.
 * Each is computed from the mean squares of the two-way analysis of variance (the paper's Table 1 and formulas).
 */
@Serdeable
public record Icc(int targets, int judges, double icc11, double icc21, double icc31,
                  double icc1k, double icc2k, double icc3k) {

    /**
     * The six coefficients of a complete {@code ratings[target][judge]} table with at least two targets and two
     * judges; throws when the table is ragged, since Shrout and Fleiss's formulas hold only for complete designs.
     */
    public static Icc of(double[][] ratings) {
        int n = ratings.length;
        if (n < 2 || ratings[0].length < 2) {
            throw new IllegalArgumentException("ICC needs at least two targets and two judges");
        }
        int k = ratings[0].length;
        double grand = 0;
        double[] targetMean = new double[n];
        double[] judgeMean = new double[k];
        for (int t = 0; t < n; t++) {
            if (ratings[t].length != k) {
                throw new IllegalArgumentException("ICC needs a complete design: every judge rates every target");
            }
            for (int j = 0; j < k; j++) {
                targetMean[t] += ratings[t][j] / k;
                judgeMean[j] += ratings[t][j] / n;
                grand += ratings[t][j] / ((double) n * k);
            }
        }
        double total = 0;
        for (double[] row : ratings) {
            for (double x : row) {
                total += (x - grand) * (x - grand);
            }
        }
        double betweenTargets = 0;
        for (double m : targetMean) {
            betweenTargets += k * (m - grand) * (m - grand);
        }
        double betweenJudges = 0;
        for (double m : judgeMean) {
            betweenJudges += n * (m - grand) * (m - grand);
        }
        double within = total - betweenTargets;
        double residual = within - betweenJudges;
        double bms = betweenTargets / (n - 1);
        double wms = within / (n * (k - 1.0));
        double jms = betweenJudges / (k - 1);
        double ems = residual / ((n - 1.0) * (k - 1.0));
        return new Icc(n, k,
                (bms - wms) / (bms + (k - 1) * wms),
                (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n),
                (bms - ems) / (bms + (k - 1) * ems),
                (bms - wms) / bms,
                (bms - ems) / (bms + (jms - ems) / n),
                (bms - ems) / bms);
    }
}
