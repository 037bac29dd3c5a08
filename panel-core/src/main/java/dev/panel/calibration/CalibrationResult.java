package dev.panel.calibration;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Everything {@link CalibrationAnalysis} finds in a set of ratings, as immutable records whose names are the JSON
 * of {@code GET /api/calibration}. A statistic that the data cannot give (alpha with no co-rated unit, a spread
 * of one rating) is {@link Double#NaN}, never an exception; {@code notes} says in words why, and what else the
 * reader must know (mixed scales, a disconnected design, an unfinished fit). {@link CalibrationMethod} describes
 * each statistic. The question analytics ({@link QuestionStats}) and predictive validity ({@link Validity}) came later:
 * their figures that the data cannot give are null rather than NaN.
 */
@Serdeable
public record CalibrationResult(Overall overall, List<CompetencyStats> competencies, List<InterviewerStats> interviewers,
                                List<CandidateStats> candidates, Connectedness design, RaschSummary rasch,
                                List<String> notes, List<QuestionStats> questions, Validity validity) {

    /** A result without question analytics or validity (ratings alone). */
    public CalibrationResult(Overall overall, List<CompetencyStats> competencies, List<InterviewerStats> interviewers,
                             List<CandidateStats> candidates, Connectedness design, RaschSummary rasch, List<String> notes) {
        this(overall, competencies, interviewers, candidates, design, rasch, notes, List.of(), Validity.NONE);
    }

    /**
     * @param scaleMax      the reference scale: the scale maximum most ratings use; means and fair scores are on it
     * @param mixedScales   whether some ratings use another scale maximum
     * @param pairableValues the ratings that entered the overall alpha (those on a unit with another rating)
     */
    @Serdeable
    public record Overall(int ratings, int candidates, int interviewers, int competencies, int scaleMax,
                          boolean mixedScales, double pairableValues, double alphaNominal, double alphaOrdinal,
                          double alphaInterval) {
    }

    /**
     * @param scaleMax      the competency's main scale, on which its alpha, mean and distribution are given
     * @param distribution  how many ratings at each level 1..scaleMax
     * @param difficulty    Rasch difficulty in logits (higher = rated lower), with its standard error
     * @param icc           Shrout–Fleiss ICCs when the competency's ratings form a complete design, else null
     */
    @Serdeable
    public record CompetencyStats(String name, int ratings, int scaleMax, double alphaNominal, double alphaOrdinal,
                                  double alphaInterval, double mean, List<Integer> distribution, double difficulty,
                                  double difficultySe, Icc icc) {
    }

    /**
     * @param sd             the spread (sample standard deviation) of their ratings
     * @param coRated        the ratings that had a co-rater, the n of leniency
     * @param severity       Rasch severity in logits, higher = harsher, with its standard error
     * @param infit          Rasch infit mean-square of their ratings (1 expected; above ~1.5 erratic), and outfit
     * @param categoryUsage  the share of their ratings at each level 1..scaleMax of the reference scale
     */
    @Serdeable
    public record InterviewerStats(String name, int ratings, double mean, double sd, int coRated, double leniency,
                                   double leniencyShrunk, double severity, double severitySe, double infit,
                                   double outfit, List<Double> categoryUsage, double halo) {
    }

    /**
     * @param fairScore  the expected rating from an average interviewer on an average competency (reference scale)
     * @param ability    Rasch ability in logits, with its standard error
     * @param extreme    every rating at the bottom or at the top, so the measure is an extreme-score estimate
     * @param rankRaw    1 = highest raw mean; ties share the best rank. Likewise {@code rankFair}
     */
    @Serdeable
    public record CandidateStats(String name, int ratings, double rawMean, double fairScore, double fairSe,
                                 double ability, double abilitySe, boolean extreme, int rankRaw, int rankFair) {
    }

    /** How the Rasch fit went, and the Andrich thresholds of the reference scale (F_1..F_M, in logits). */
    @Serdeable
    public record RaschSummary(int iterations, boolean converged, List<Double> thresholds) {
    }
}
