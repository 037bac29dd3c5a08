package dev.panel.calibration;

/**
 * Each statistic of the calibration report in plain words, with its reference: the text of the workbook's
 * <i>Method</i> sheet and of the dashboard's help. The order is the order of the report.
 */
public enum CalibrationMethod {

    RAW_MEAN("Mean and spread",
            "The average of the ratings given or received, and how far they spread around it (sample standard "
                    + "deviation). Ratings on another scale are first mapped in proportion onto the scale most ratings use.",
            "Descriptive statistics."),
    ALPHA("Krippendorff's alpha (ordinal, interval)",
            "How much the interviewers who rated the same candidate on the same competency agree, beyond what "
                    + "chance would give: 1 is perfect agreement, 0 is chance, below 0 systematic disagreement. Ordinal "
                    + "alpha counts only the order of the levels; interval alpha treats the levels as equally spaced. "
                    + "Any number of interviewers, with missing ratings. 0.80 is the usual bar for relying on the "
                    + "ratings; 0.667 for tentative conclusions. Undefined when nobody was rated twice on a competency.",
            "K. Krippendorff, Computing Krippendorff's Alpha-Reliability, University of Pennsylvania (2011); "
                    + "K. Krippendorff, Content Analysis: An Introduction to Its Methodology, 3rd ed., Sage (2013)."),
    ICC("Intraclass correlation (ICC)",
            "The share of the rating variance that lies between candidates, for the reliability of one "
                    + "interviewer's rating (ICC(1,1), (2,1), (3,1)) or of the mean of k interviewers ((1,k), (2,k), "
                    + "(3,k)). Given only when the same interviewers rated every candidate on a competency.",
            "P. E. Shrout and J. L. Fleiss, Intraclass correlations: uses in assessing rater reliability, "
                    + "Psychological Bulletin 86(2), 420-428 (1979)."),
    LENIENCY("Leniency",
            "How much higher (positive) or lower (negative) an interviewer rates than the other interviewers who "
                    + "rated the same candidate on the same competency, on average, in scale points. Ratings with no "
                    + "other interviewer are left out.",
            "Rater leniency/severity as in F. E. Saal, R. G. Downey and M. A. Lahey, Rating the ratings, "
                    + "Psychological Bulletin 88(2), 413-428 (1980)."),
    LENIENCY_SHRUNK("Shrunk leniency",
            "Leniency multiplied by n / (n + 10), n being the number of co-rated ratings: an interviewer with few "
                    + "ratings is pulled toward 0, because a few ratings cannot show a habit. With 10 co-rated ratings "
                    + "half of the observed leniency is kept.",
            "Empirical-Bayes shrinkage: B. Efron and C. Morris, Stein's estimation rule and its competitors, "
                    + "Journal of the American Statistical Association 68, 117-130 (1973)."),
    SEVERITY("Severity (many-facet Rasch)",
            "How harsh an interviewer is, in logits (higher = harsher), once the abilities of the candidates they "
                    + "happened to meet and the difficulty of the competencies they rated are taken into account; with "
                    + "its standard error. Interviewers average 0.",
            "J. M. Linacre, Many-Facet Rasch Measurement, MESA Press (1989); D. Andrich, A rating formulation for "
                    + "ordered response categories, Psychometrika 43, 561-573 (1978)."),
    RATER_FIT("Infit and outfit (many-facet Rasch)",
            "Whether an interviewer's ratings follow a consistent pattern once their severity is known: 1 is as "
                    + "expected; above about 1.5 their ratings are erratic (high where the panel is low and the "
                    + "reverse); below about 0.5 too predictable (the same level for everyone). Outfit weighs "
                    + "surprising single ratings more than infit does.",
            "B. D. Wright and G. N. Masters, Rating Scale Analysis, MESA Press (1982); J. M. Linacre, What do infit "
                    + "and outfit, mean-square and standardized mean?, Rasch Measurement Transactions 16(2), 878 (2002)."),
    DIFFICULTY("Competency difficulty (many-facet Rasch)",
            "How hard a competency is to rate highly, in logits (higher = rated lower), with interviewers' "
                    + "severity and candidates' ability taken into account. Competencies average 0.",
            "J. M. Linacre, Many-Facet Rasch Measurement, MESA Press (1989)."),
    FAIR_SCORE("Fair score",
            "The rating a candidate would be expected to get from an average interviewer on an average competency, "
                    + "on the rating scale, from the many-facet Rasch model; with its standard error. Unlike the raw "
                    + "mean, it does not depend on whether the candidate happened to meet harsh or soft interviewers.",
            "The fair average of J. M. Linacre's FACETS program, as explained in T. Eckes, Introduction to "
                    + "Many-Facet Rasch Measurement, 2nd ed., Peter Lang (2015)."),
    CONNECTEDNESS("Connectedness",
            "Whether every candidate, interviewer and competency is linked to all others through shared ratings. "
                    + "When groups of interviewers rated separate groups of candidates, harshness cannot be told apart "
                    + "from weaker candidates between the groups, and the report names the separate subsets.",
            "J. M. Linacre, Many-Facet Rasch Measurement, MESA Press (1989), on connectedness and subsets."),
    CATEGORY_USAGE("Category usage",
            "The share of an interviewer's ratings at each level of the scale: who never uses the extremes, who "
                    + "uses only the middle.",
            "Central tendency and restriction of range: F. E. Saal, R. G. Downey and M. A. Lahey (1980)."),
    HALO("Halo",
            "How little an interviewer's ratings differ between competencies within one scorecard, compared with "
                    + "the panel: 1 - (the interviewer's within-scorecard variance / the panel's). 1 means the same "
                    + "level for every competency; 0 means as varied as the panel; below 0, more varied.",
            "Within-ratee spread across dimensions as a halo index: F. E. Saal, R. G. Downey and M. A. Lahey, "
                    + "Psychological Bulletin 88(2), 413-428 (1980)."),
    QUESTION_USE("Question use",
            "Per question and role: how many submitted scorecards had it in their stage (planned), how many of "
                    + "those carry notes on it (asked), the share left without notes, and the time its timer ran "
                    + "against its time box. Alerts: notes left empty in more than " + pct(QuestionAnalysis.SKIPPED)
                    + " of " + QuestionAnalysis.MIN_PLANNED + " or more interviews; over its box by more than "
                    + QuestionAnalysis.OVERTIME + " times on average over " + QuestionAnalysis.MIN_TIMED + " or more timed interviews.",
            "Descriptive."),
    DISCRIMINATION("Question discrimination",
            "Whether the rating given with a question tells stronger candidates from weaker ones: the correlation, "
                    + "over candidates, between the focus-competency rating given on scorecards with notes on the "
                    + "question and the candidate's fair score from the rest of the loop (those scorecards left out, "
                    + "estimated by one Newton step of the Rasch fit rather than a refit): a corrected item-total "
                    + "correlation, with its 95% interval (Fisher's z) and n. Given from " + QuestionAnalysis.MIN_N
                    + " candidates; flagged as weak when, from " + QuestionAnalysis.ALERT_N + " candidates, the whole "
                    + "interval lies below " + QuestionAnalysis.WEAK + ".",
            "Corrected item-total correlation: R. L. Ebel and D. A. Frisbie, Essentials of Educational Measurement, "
                    + "5th ed., Prentice Hall (1991), with the .20 bar; R. A. Fisher, Metron 1, 3-32 (1921)."),
    DRIFT("Question drift (possible leak)",
            "Whether the ratings given with a question rise month after month while the same interviewers' other "
                    + "ratings in those months do not: the one-sided Mann-Kendall trend test on the monthly difference "
                    + "between the two means (at least " + MannKendall.MIN_POINTS + " months), its p-values adjusted "
                    + "by Benjamini-Hochberg across the questions tested, flagged at a false discovery rate of "
                    + FalseDiscovery.ALPHA + ". A rise of everyone's ratings is not flagged.",
            "H. B. Mann, Econometrica 13, 245-259 (1945); M. G. Kendall, Rank Correlation Methods (1975); "
                    + "Y. Benjamini and Y. Hochberg, JRSS B 57, 289-300 (1995)."),
    VALIDITY("Predictive validity",
            "For hires with a later outcome at the checkpoint most of them have, the Pearson correlation of their "
                    + "fair score (and raw mean) with the outcome, read as a share of its scale, with its 95% interval "
                    + "and n; per role, per competency (its mean rating against its own later rating where " + ValidityAnalysis.MIN_N
                    + " hires have one, else against the overall outcome) and per interviewer. Given from "
                    + ValidityAnalysis.MIN_N + " hires.",
            "K. Pearson (1896); R. A. Fisher, Metron 1, 3-32 (1921); for the bar, P. R. Sackett et al., Journal of "
                    + "Applied Psychology 107(11), 2040-2068 (2022)."),
    RANGE_RESTRICTION("Range-restriction correction",
            "The hired are a narrow slice of the applicants, which lowers any correlation seen among them. Thorndike's "
                    + "case II estimates the applicants' correlation as r u / sqrt(1 - r^2 + r^2 u^2), u being the "
                    + "applicants' spread of the score over the hires'; the interval's ends are corrected alike. It "
                    + "assumes hiring on the score itself; both the observed and the corrected figures are shown.",
            "R. L. Thorndike, Personnel Selection, Wiley (1949); J. E. Hunter and F. L. Schmidt, Methods of "
                    + "Meta-Analysis, 2nd ed., Sage (2004)."),
    VALIDITY_SHRUNK("Interviewer validity, shrunk",
            "Each interviewer's own ratings against their hires' outcomes, and the same pulled toward the pooled "
                    + "value on Fisher's z scale in proportion to how little their n says (empirical Bayes, the spread "
                    + "between interviewers estimated by DerSimonian-Laird). Below " + ValidityShrinkage.MIN_N
                    + " hires: not enough data.",
            "R. DerSimonian and N. Laird, Controlled Clinical Trials 7, 177-188 (1986); C. N. Morris, JASA 78, 47-55 (1983)."),
    DECISION_AGREEMENT("Decision and outcome",
            "Hires by the panel's view (the recommendation nearest the mean of their scorecards') against their "
                    + "later outcome: low (bottom third of the scale), mid, high or not rated, and still employed or "
                    + "left at their last checkpoint.",
            "Descriptive.");

    private static String pct(double share) {
        return Math.round(100 * share) + "%";
    }

    private final String statistic;
    private final String description;
    private final String reference;

    CalibrationMethod(String statistic, String description, String reference) {
        this.statistic = statistic;
        this.description = description;
        this.reference = reference;
    }

    /** The statistic's name as the report shows it. */
    public String statistic() {
        return statistic;
    }

    /** What it means, in plain words. */
    public String description() {
        return description;
    }

    /** Where it comes from. */
    public String reference() {
        return reference;
    }
}
