package dev.panel.drill;

import java.util.OptionalDouble;

/**
 * Cohen's weighted kappa for two raters on an ordinal scale (J. Cohen, "Weighted kappa: Nominal scale
 * agreement with provision for scaled disagreement or partial credit", Psychological Bulletin 70(4), 1968,
 * 213–220): kappa_w = 1 - sum(v_ij * o_ij) / sum(v_ij * e_ij), where o is the observed table of proportions,
 * e the table expected from the two raters' marginals by chance, and v the disagreement weights, here
 * quadratic, v_ij = (i - j)^2. Scaling the weights does not change kappa, so they are left unnormalised.
 */
public final class WeightedKappa {

    private WeightedKappa() {
    }

    /**
     * Quadratic-weighted kappa of two raters' levels (1..{@code levels}) on the same items, in the same order;
     * empty when it is undefined: no items, or both raters used one and the same level throughout (no
     * disagreement is expected by chance, so there is nothing to measure against).
     */
    public static OptionalDouble quadratic(int[] first, int[] second, int levels) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("The two raters rated " + first.length + " and " + second.length + " items");
        }
        int n = first.length;
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double[][] observed = new double[levels][levels];
        double[] rows = new double[levels];
        double[] columns = new double[levels];
        for (int i = 0; i < n; i++) {
            int a = checked(first[i], levels) - 1;
            int b = checked(second[i], levels) - 1;
            observed[a][b] += 1.0 / n;
            rows[a] += 1.0 / n;
            columns[b] += 1.0 / n;
        }
        double observedDisagreement = 0;
        double expectedDisagreement = 0;
        for (int i = 0; i < levels; i++) {
            for (int j = 0; j < levels; j++) {
                double weight = (double) (i - j) * (i - j);
                observedDisagreement += weight * observed[i][j];
                expectedDisagreement += weight * rows[i] * columns[j];
            }
        }
        if (expectedDisagreement == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - observedDisagreement / expectedDisagreement);
    }

    private static int checked(int level, int levels) {
        if (level < 1 || level > levels) {
            throw new IllegalArgumentException("Level " + level + " is off a scale of 1 to " + levels);
        }
        return level;
    }
}
