package dev.panel.calibration;

import java.util.Arrays;

/**
 * The many-facet Rasch model of J. M. Linacre, <i>Many-Facet Rasch Measurement</i> (MESA Press, 1989; the
 * model of his FACETS program), rating-scale form:
 * {@code log(P_k / P_(k-1)) = B_candidate - C_interviewer - D_competency - F_k}, in logits, with B the
 * candidate's ability, C the interviewer's severity (higher = harsher), D the competency's difficulty and F_k the
 * Andrich threshold between levels k-1 and k (D. Andrich, "A rating formulation for ordered response
 * categories", Psychometrika 43, 561–573, 1978). Ratings on different scale maxima get a threshold set each (a
 * grouped rating-scale model); everything else is shared. Identification: interviewers' severities and
 * competencies' difficulties each average 0, and each threshold set sums to 0, so an "average interviewer on an
 * average competency" is the point C = D = 0.
 *
 * <p>Fitted by joint maximum likelihood (JMLE, as FACETS does), written by hand: each iteration makes one
 * Newton-Raphson step per element of each facet in turn (ability, severity, difficulty, thresholds), the step being
 * the score residual over the model information, at most {@value #MAX_STEP} logit. Within a facet the Hessian of
 * the joint likelihood is diagonal, so these one-dimensional steps are exact Newton steps for that facet, cost
 * O(ratings) each, and need no matrix over 100,000 candidates, which a general optimiser (Commons Math's
 * Levenberg–Marquardt or conjugate gradient) would build or approximate. Model standard errors are
 * {@code 1/sqrt(information)}.
 *
 * <p>Extreme scores (every rating at the bottom or at the top) have no finite estimate. As in Linacre's FACETS
 * and Winsteps, elements with extreme scores are left out while the others are estimated (repeatedly, since
 * leaving one out can make another extreme), and then estimated with the others held fixed, for a score moved
 * {@value #EXTREME_ADJUSTMENT} points inward. JMLE is known to spread measures a little too wide when elements have
 * few ratings; rankings and the order of severities are unaffected.
 */
final class ManyFacetRasch {

    static final int MAX_ITERATIONS = 200;
    static final double CONVERGENCE = 1e-3;
    static final double MAX_STEP = 1.0;
    static final double EXTREME_ADJUSTMENT = 0.3;
    private static final double ETA_LIMIT = 30;
    private static final double ODDS_MIN = Math.exp(-ETA_LIMIT);
    private static final double ODDS_MAX = Math.exp(ETA_LIMIT);
    private static final double THRESHOLD_LIMIT = 15;

    private final RatingTable table;
    private final RaschScale scale;
    private final RaschFacet candidates;
    private final RaschFacet interviewers;
    private final RaschFacet competencies;

    final double[] ability;
    final double[] severity;
    final double[] difficulty;
    final double[] abilitySe;
    final double[] severitySe;
    final double[] difficultySe;
    final boolean[] extremeCandidate;
    final double[] interviewerInfit;
    final double[] interviewerOutfit;
    int iterations;
    boolean converged;
    /** exp(ability), exp(-severity), exp(-difficulty): a rating's odds exp(eta) is their product, with no exp. */
    private final double[] abilityOdds;
    private final double[] severityOdds;
    private final double[] difficultyOdds;

    ManyFacetRasch(RatingTable table) {
        this.table = table;
        scale = new RaschScale(table);
        candidates = new RaschFacet(table.candidate, table.candidates(), +1);
        interviewers = new RaschFacet(table.interviewer, table.interviewers(), -1);
        competencies = new RaschFacet(table.competency, table.competencies(), -1);
        ability = candidates.measure;
        severity = interviewers.measure;
        difficulty = competencies.measure;
        abilitySe = candidates.standardError;
        severitySe = interviewers.standardError;
        difficultySe = competencies.standardError;
        extremeCandidate = candidates.extreme;
        interviewerInfit = interviewers.infit;
        interviewerOutfit = interviewers.outfit;
        abilityOdds = new double[ability.length];
        severityOdds = new double[severity.length];
        difficultyOdds = new double[difficulty.length];
    }

    /** Fits the model; the estimates are then in the arrays above. */
    ManyFacetRasch fit() {
        boolean[] all = new boolean[table.size];
        Arrays.fill(all, true);
        boolean[] included = leaveOutExtremes();
        scale.start(included);
        candidates.score(scale, all, true);
        candidates.start();
        candidates.score(scale, included, false);
        interviewers.score(scale, included, false);
        competencies.score(scale, included, false);
        for (iterations = 1; iterations <= MAX_ITERATIONS && !converged; iterations++) {
            double change = step(candidates, included);
            change = Math.max(change, stepRaters(included));
            change = Math.max(change, stepThresholds(included));
            converged = change < CONVERGENCE;
        }
        iterations--;
        estimateLater(all);
        // the frame: all interviewers, and all competencies, average 0; abilities move with them
        shiftAbilities(interviewers.centre(true));
        shiftAbilities(competencies.centre(true));
        accumulate(all, candidates, interviewers, competencies);
        candidates.standardErrors();
        interviewers.standardErrors();
        competencies.standardErrors();
        interviewers.fitStatistics();
        return this;
    }

    /** The ratings none of whose elements has an extreme score, found by leaving such elements out until none is. */
    private boolean[] leaveOutExtremes() {
        boolean[] included = new boolean[table.size];
        Arrays.fill(included, true);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (RaschFacet facet : new RaschFacet[]{candidates, interviewers, competencies}) {
                facet.score(scale, included, false);
                changed |= facet.markLater();
            }
            for (int r = 0; r < table.size; r++) {
                included[r] = included[r] && !candidates.later[table.candidate[r]]
                        && !interviewers.later[table.interviewer[r]] && !competencies.later[table.competency[r]];
            }
        }
        return included;
    }

    /** Estimates the elements left out, from all their ratings with adjusted extreme scores, the others fixed. */
    private void estimateLater(boolean[] all) {
        RaschFacet[] facets = {candidates, interviewers, competencies};
        boolean any = false;
        for (RaschFacet facet : facets) {
            facet.score(scale, all, true);
            any |= facet.hasLater();
        }
        for (int round = 0; any && round < MAX_ITERATIONS; round++) {
            accumulate(all, facets);
            double change = 0;
            for (RaschFacet facet : facets) {
                change = Math.max(change, facet.newtonStep(true));
            }
            if (change < CONVERGENCE) {
                break;
            }
        }
    }

    /**
     * The expected level (1..scaleMax) of a rating at {@code eta} on a scale maximum the data used, and in
     * {@code slope[0]} its derivative by eta (the model variance), for the delta-method standard error.
     */
    double expectedLevel(double eta, int scaleMax, double[] slope) {
        double expected = scale.expectation(Math.exp(Math.max(-ETA_LIMIT, Math.min(ETA_LIMIT, eta))), scale.groupOf(scaleMax));
        slope[0] = scale.variance;
        return 1.0 + expected;
    }

    /**
     * For each candidate, the sum over their ratings of observed minus expected category ({@code residual}) and of
     * the model variance ({@code information}), at the fitted measures: what a leave-out estimate needs
     * ({@link RestScore}). One pass over the ratings.
     */
    void candidateTotals(double[] residual, double[] information, double[] ratingResidual, double[] ratingVariance) {
        refreshOdds();
        for (int r = 0; r < table.size; r++) {
            double expected = scale.expectation(odds(r), scale.group[r]);
            ratingResidual[r] = scale.category[r] - expected;
            ratingVariance[r] = scale.variance;
            residual[table.candidate[r]] += ratingResidual[r];
            information[table.candidate[r]] += scale.variance;
        }
    }

    /** The thresholds (index 1..M) of the set fitted for a scale maximum the data used. */
    double[] thresholdsOf(int scaleMax) {
        return scale.thresholds[scale.groupOf(scaleMax)];
    }

    private double step(RaschFacet facet, boolean[] included) {
        accumulate(included, facet);
        return facet.newtonStep(false);
    }

    /**
     * Severities and difficulties from one pass: in a panel they are nearly orthogonal (every interviewer rates
     * several competencies), so stepping both from the same expectations costs one pass instead of two.
     */
    private double stepRaters(boolean[] included) {
        accumulate(included, interviewers, competencies);
        double change = Math.max(interviewers.newtonStep(false), competencies.newtonStep(false));
        shiftAbilities(interviewers.centre(false));
        shiftAbilities(competencies.centre(false));
        return change;
    }

    /** Centring severities or difficulties by {@code mean} raises every eta by it; abilities follow so none moves. */
    private void shiftAbilities(double mean) {
        for (int c = 0; c < ability.length; c++) {
            ability[c] -= mean;
        }
    }

    private void accumulate(boolean[] included, RaschFacet... facets) {
        for (RaschFacet facet : facets) {
            facet.clear();
        }
        refreshOdds();
        for (int r = 0; r < table.size; r++) {
            if (included[r]) {
                double expected = scale.expectation(odds(r), scale.group[r]);
                for (RaschFacet facet : facets) {
                    facet.add(r, scale.category[r], expected, scale.variance);
                }
            }
        }
    }

    private double stepThresholds(boolean[] included) {
        scale.clear();
        refreshOdds();
        for (int r = 0; r < table.size; r++) {
            if (included[r]) {
                scale.expectation(odds(r), scale.group[r]);
                scale.add(scale.group[r]);
            }
        }
        return scale.newtonStep(THRESHOLD_LIMIT);
    }

    private void refreshOdds() {
        for (int c = 0; c < ability.length; c++) {
            abilityOdds[c] = Math.exp(Math.max(-ETA_LIMIT, Math.min(ETA_LIMIT, ability[c])));
        }
        for (int j = 0; j < severity.length; j++) {
            severityOdds[j] = Math.exp(-Math.max(-ETA_LIMIT, Math.min(ETA_LIMIT, severity[j])));
        }
        for (int d = 0; d < difficulty.length; d++) {
            difficultyOdds[d] = Math.exp(-Math.max(-ETA_LIMIT, Math.min(ETA_LIMIT, difficulty[d])));
        }
    }

    /** exp(eta) of rating r, eta kept within +-{@value #ETA_LIMIT} so that no power of it overflows. */
    private double odds(int r) {
        double odds = abilityOdds[table.candidate[r]] * severityOdds[table.interviewer[r]] * difficultyOdds[table.competency[r]];
        return Math.max(ODDS_MIN, Math.min(ODDS_MAX, odds));
    }
}
