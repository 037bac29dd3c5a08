package dev.panel.calibration;

/**
 * A candidate's fair score from the rest of their loop, leaving some of their ratings out, without refitting: one
 * Newton–Raphson step of the ability equation from the full estimate. At the fitted ability {@code B} the score
 * residuals of the candidate's ratings sum to zero, so leaving out a set S of them leaves the residual
 * {@code -sum_S (x - E)} and the information {@code I - sum_S Var}; the step is
 * {@code B_rest = B - sum_S (x - E) / (I - sum_S Var)} (capped at {@value #MAX_STEP} logits), and the fair score is
 * the expected level at {@code B_rest} for an average interviewer on an average competency, as for the full fair
 * score. The rest estimate is the same model's, so it costs O(|S|) per candidate rather than a fit per question.
 */
final class RestScore {

    static final double MAX_STEP = 4;
    /** Below this information (about one rating's worth on a four-point scale) the rest of the loop says too little. */
    static final double MIN_INFORMATION = 0.3;

    private final ManyFacetRasch rasch;
    private final int referenceScale;
    final double[] information;
    final double[] ratingResidual;
    final double[] ratingVariance;
    private final double[] slope = new double[1];

    RestScore(RatingTable table, ManyFacetRasch rasch) {
        this.rasch = rasch;
        this.referenceScale = table.referenceScale;
        information = new double[table.candidates()];
        ratingResidual = new double[table.size];
        ratingVariance = new double[table.size];
        rasch.candidateTotals(new double[table.candidates()], information, ratingResidual, ratingVariance);
    }

    /** The fair score of {@code candidate} without ratings whose residuals sum to {@code residualOut} and variances to {@code informationOut}; NaN if too little is left. */
    double fairWithout(int candidate, double residualOut, double informationOut) {
        double left = information[candidate] - informationOut;
        if (left < MIN_INFORMATION) {
            return Double.NaN;
        }
        double step = Math.max(-MAX_STEP, Math.min(MAX_STEP, -residualOut / left));
        return rasch.expectedLevel(rasch.ability[candidate] + step, referenceScale, slope);
    }
}
