package dev.panel.calibration;

/**
 * The halo index of each interviewer: how little their ratings vary across competencies within one scorecard,
 * compared with the whole panel. A scorecard is the ratings of one candidate by one interviewer in one stage.
 *
 * <p>Precisely: {@code halo = 1 - s2_interviewer / s2_panel}, where s2 is the pooled within-scorecard variance,
 * {@code sum over scorecards of sum (x - scorecard mean)^2 / sum over scorecards of (ratings - 1)}, over the
 * interviewer's scorecards or over everyone's, counting only scorecards with two or more ratings and using values
 * on the reference scale. 1 means every scorecard of the interviewer gives one level to every competency; 0 means
 * they differentiate competencies as much as the panel does; below 0, more. NaN when the interviewer has no
 * scorecard with two ratings, or when no scorecard of the panel varies at all.
 *
 * <p>The within-ratee spread across dimensions as a halo measure follows F. E. Saal, R. G. Downey and
 * M. A. Lahey, "Rating the ratings: assessing the psychometric quality of rating data", <i>Psychological
 * Bulletin</i> 88(2), 413–428 (1980); relating it to the panel's spread makes it comparable across panels.
 */
final class Halo {

    private final double[] squares;
    private final long[] freedom;
    private double panelSquares;
    private long panelFreedom;

    private Halo(int interviewers) {
        squares = new double[interviewers];
        freedom = new long[interviewers];
    }

    static Halo of(RatingTable table) {
        Halo halo = new Halo(table.interviewers());
        int stages = Math.max(1, table.stages());
        int[] scorecard = new int[table.size];
        for (int r = 0; r < table.size; r++) {
            scorecard[r] = table.interviewer[r] * stages + table.stage[r];
        }
        int[] order = table.orderBy(table.candidate, table.candidates(), scorecard, table.interviewers() * stages);
        int start = 0;
        while (start < order.length) {
            int end = start + 1;
            int first = order[start];
            while (end < order.length && table.candidate[order[end]] == table.candidate[first]
                    && scorecard[order[end]] == scorecard[first]) {
                end++;
            }
            halo.addScorecard(table, order, start, end);
            start = end;
        }
        return halo;
    }

    private void addScorecard(RatingTable table, int[] order, int from, int to) {
        int m = to - from;
        if (m < 2) {
            return;
        }
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += table.onReference[order[i]] / m;
        }
        double ss = 0;
        for (int i = from; i < to; i++) {
            double d = table.onReference[order[i]] - mean;
            ss += d * d;
        }
        int interviewer = table.interviewer[order[from]];
        squares[interviewer] += ss;
        freedom[interviewer] += m - 1;
        panelSquares += ss;
        panelFreedom += m - 1;
    }

    double index(int interviewer) {
        if (freedom[interviewer] == 0 || panelSquares == 0) {
            return Double.NaN;
        }
        return 1.0 - (squares[interviewer] / freedom[interviewer]) / (panelSquares / panelFreedom);
    }
}
