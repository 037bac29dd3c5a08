package dev.panel.calibration;

/**
 * Leniency of each interviewer: the mean, over their ratings, of their rating minus the mean of the other
 * interviewers' ratings of the same candidate on the same competency. Positive is softer than the co-panelists,
 * negative harsher. A rating nobody else gave on that candidate and competency has no co-rater and is left out.
 * Values are on the reference scale (see {@link RatingTable}).
 *
 * <p>The shrunk leniency {@code n / (n + LAMBDA) * leniency} pulls the leniency of interviewers with few co-rated
 * ratings toward 0. It is the empirical-Bayes (James–Stein) posterior mean of a normal mean,
 * {@code tau^2 / (tau^2 + sigma^2 / n)}, with {@code LAMBDA = sigma^2 / tau^2}: the spread of one rating's deviation
 * from its co-raters (sigma, about 0.9 points on a four-point scale) over the spread of interviewers' true
 * leniencies (tau, about 0.3 points), which gives about 9; we round to {@value #LAMBDA}. An interviewer needs ten
 * co-rated ratings before half of their observed leniency is believed.
 */
final class Leniency {

    static final double LAMBDA = 10;

    private final double[] sum;
    private final int[] count;

    private Leniency(int interviewers) {
        sum = new double[interviewers];
        count = new int[interviewers];
    }

    /** Leniency from the ratings in {@code unitOrder}, where each (candidate, competency) unit is one run. */
    static Leniency of(RatingTable table, int[] unitOrder) {
        Leniency leniency = new Leniency(table.interviewers());
        int start = 0;
        while (start < unitOrder.length) {
            int end = UnitRuns.end(table, unitOrder, start);
            leniency.addUnit(table, unitOrder, start, end);
            start = end;
        }
        return leniency;
    }

    private void addUnit(RatingTable table, int[] order, int from, int to) {
        if (to - from < 2) {
            return;
        }
        double unitSum = 0;
        for (int i = from; i < to; i++) {
            unitSum += table.onReference[order[i]];
        }
        for (int i = from; i < to; i++) {
            int r = order[i];
            int interviewer = table.interviewer[r];
            double own = 0;
            int owned = 0;
            for (int k = from; k < to; k++) {
                if (table.interviewer[order[k]] == interviewer) {
                    own += table.onReference[order[k]];
                    owned++;
                }
            }
            int others = to - from - owned;
            if (others > 0) {
                sum[interviewer] += table.onReference[r] - (unitSum - own) / others;
                count[interviewer]++;
            }
        }
    }

    /** The number of the interviewer's ratings that had a co-rater. */
    int coRated(int interviewer) {
        return count[interviewer];
    }

    /** Mean deviation from co-raters, NaN when the interviewer never had a co-rater. */
    double leniency(int interviewer) {
        return count[interviewer] == 0 ? Double.NaN : sum[interviewer] / count[interviewer];
    }

    /** {@code n / (n + LAMBDA) * leniency}; 0 (no evidence of leniency) when there was no co-rater. */
    double shrunk(int interviewer) {
        int n = count[interviewer];
        return n == 0 ? 0.0 : n / (n + LAMBDA) * leniency(interviewer);
    }
}
