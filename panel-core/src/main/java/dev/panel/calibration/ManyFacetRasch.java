package dev.panel.calibration;

/**
 * The many-facet Rasch model of J. M. Linacre, <i>Many-Facet Rasch Measurement</i> (MESA Press, 1989; the
 * model of his FACETS program), rating-scale form:
 * {@code log(P_k / P_(k-1)) = B_candidate - C_interviewer - D_competency - F_k}, in logits, with B the
 * candidate's ability, C the interviewer's severity (higher = harsher), D the competency's difficulty and F_k the
 * Andrich threshold between levels k-1 and k (Andrich 1978, "A rating formulation for ordered response
 * categories", Psychometrika 43, 561–573). Ratings on different scale maxima get a threshold set each (a grouped
 * rating-scale model); everything else is shared. Identification: interviewers' severities and competencies'
 * difficulties each average 0, and each threshold set sums to 0, so an "average interviewer on an average
 * competency" is the point C = D = 0.
 *
 * <p>Fitted by joint maximum likelihood (JMLE, as FACETS does), written by hand: each iteration makes one
 * Newton-Raphson step per element of each facet in turn (ability, severity, difficulty, thresholds), the step being
 * the score residual over the model information and at most {@value #MAX_STEP} logit. The Hessian of the joint
 * likelihood is block-diagonal within a facet, so these one-dimensional steps are exact Newton steps for that
 * facet, cost O(ratings) each, and need no matrix over the 100,000 candidates that a general optimiser would
 * build or approximate. Model standard errors are {@code 1/sqrt(information)}.
 *
 * <p>Extreme scores (all ratings at the bottom or the top) have no finite estimate; as in Linacre's Winsteps and
 * FACETS, the score is moved {@value #EXTREME_ADJUSTMENT} score points inward and that estimate is reported.
 * A level no rating uses gets a pseudo-count of {@value #EXTREME_ADJUSTMENT} for the same reason. JMLE is known
 * to spread abilities a little too wide when a candidate has few ratings; rankings and severities are unaffected.
 */
final class ManyFacetRasch {

    static final int MAX_ITERATIONS = 200;
    static final double CONVERGENCE = 1e-3;
    static final double MAX_STEP = 1.0;
    static final double EXTREME_ADJUSTMENT = 0.3;
    private static final double ETA_LIMIT = 30;
    private static final double THRESHOLD_LIMIT = 15;

    private final RatingTable table;
    private final int[] category;
    private final int[] group;
    /** Per scale group: its top category M (levels - 1). */
    private final int[] top;
    /** Index of each scale maximum's group, -1 when unused. */
    private final int[] groupOfScale;

    final double[] ability;
    final double[] severity;
    final double[] difficulty;
    /** {@code thresholds[group][k]}, k = 1..M. */
    final double[][] thresholds;
    final double[] abilitySe;
    final double[] severitySe;
    final double[] difficultySe;
    final boolean[] extremeCandidate;
    int iterations;
    boolean converged;

    private final RaschFacet candidates;
    private final RaschFacet interviewers;
    private final RaschFacet competencies;
    private final RaschThresholds scale;
    private final double[] probability;
    private double variance;

    ManyFacetRasch(RatingTable table) {
        this.table = table;
        int n = table.size;
        groupOfScale = new int[Rating.MAX_SCALE + 1];
        java.util.Arrays.fill(groupOfScale, -1);
        int groups = 0;
        for (int r = 0; r < n; r++) {
            if (groupOfScale[table.scaleMax[r]] < 0) {
                groupOfScale[table.scaleMax[r]] = groups++;
            }
        }
        top = new int[groups];
        for (int m = 0; m <= Rating.MAX_SCALE; m++) {
            if (groupOfScale[m] >= 0) {
                top[groupOfScale[m]] = m - 1;
            }
        }
        category = new int[n];
        group = new int[n];
        for (int r = 0; r < n; r++) {
            category[r] = table.value[r] - 1;
            group[r] = groupOfScale[table.scaleMax[r]];
        }
        candidates = new RaschFacet(table.candidate, table.candidates(), category, group, top, +1);
        interviewers = new RaschFacet(table.interviewer, table.interviewers(), category, group, top, -1);
        competencies = new RaschFacet(table.competency, table.competencies(), category, group, top, -1);
        ability = candidates.measure;
        severity = interviewers.measure;
        difficulty = competencies.measure;
        abilitySe = candidates.standardError;
        severitySe = interviewers.standardError;
        difficultySe = competencies.standardError;
        extremeCandidate = candidates.extreme;
        thresholds = new double[groups][];
        for (int g = 0; g < groups; g++) {
            thresholds[g] = new double[top[g] + 1];
        }
        probability = new double[Rating.MAX_SCALE];
        scale = new RaschThresholds(thresholds, top, category, group);
    }

    /** Fits the model; the estimates are then in the public arrays. */
    ManyFacetRasch fit() {
        scale.start();
        candidates.start();
        for (iterations = 1; iterations <= MAX_ITERATIONS; iterations++) {
            double change = step(candidates);
            change = Math.max(change, step(interviewers));
            change = Math.max(change, step(competencies));
            change = Math.max(change, stepThresholds());
            if (change < CONVERGENCE) {
                converged = true;
                break;
            }
        }
        accumulate(candidates, interviewers, competencies);
        candidates.standardErrors();
        interviewers.standardErrors();
        competencies.standardErrors();
        return this;
    }

    /**
     * The expected level (1..scaleMax) of a rating at {@code eta} on a scale maximum the data used, and in
     * {@code slope[0]} its derivative by eta (the model variance), for the delta-method standard error.
     */
    double expectedLevel(double eta, int scaleMax, double[] slope) {
        double expected = expectation(Math.max(-ETA_LIMIT, Math.min(ETA_LIMIT, eta)), groupOfScale[scaleMax]);
        slope[0] = variance;
        return 1.0 + expected;
    }

    /** The thresholds (index 1..M) of the set fitted for a scale maximum the data used. */
    double[] thresholdsOf(int scaleMax) {
        return thresholds[groupOfScale[scaleMax]];
    }

    private double step(RaschFacet facet) {
        accumulate(facet);
        double change = facet.newtonStep();
        if (facet != candidates) {
            // centre the facet at 0 and move abilities with it, so that every expected rating stays the same
            double mean = facet.centre();
            for (int c = 0; c < ability.length; c++) {
                ability[c] -= mean;
            }
        }
        return change;
    }

    private void accumulate(RaschFacet... facets) {
        for (RaschFacet facet : facets) {
            facet.clear();
        }
        for (int r = 0; r < table.size; r++) {
            double expected = expectation(eta(r), group[r]);
            for (RaschFacet facet : facets) {
                facet.add(r, expected, variance);
            }
        }
    }

    private double stepThresholds() {
        scale.clear();
        for (int r = 0; r < table.size; r++) {
            expectation(eta(r), group[r]);
            scale.add(group[r], probability);
        }
        return scale.newtonStep(THRESHOLD_LIMIT);
    }

    private double eta(int r) {
        double eta = ability[table.candidate[r]] - severity[table.interviewer[r]] - difficulty[table.competency[r]];
        return Math.max(-ETA_LIMIT, Math.min(ETA_LIMIT, eta));
    }

    /**
     * The expected category (0..M) at {@code eta} on group g's scale; leaves the category probabilities in
     * {@link #probability} and the variance in {@link #variance}. One exp per call: the unnormalised probability
     * of category x is {@code t^x exp(-F_1 - ... - F_x)} with {@code t = exp(eta)}.
     */
    private double expectation(double eta, int g) {
        double[] f = scale.factor[g];
        int m = top[g];
        double t = Math.exp(eta);
        double term = 1.0;
        double sum = 1.0;
        probability[0] = 1.0;
        for (int x = 1; x <= m; x++) {
            term *= t * f[x];
            probability[x] = term;
            sum += term;
        }
        double mean = 0;
        double square = 0;
        for (int x = 0; x <= m; x++) {
            double p = probability[x] / sum;
            probability[x] = p;
            mean += x * p;
            square += (double) x * x * p;
        }
        variance = square - mean * mean;
        return mean;
    }
}
