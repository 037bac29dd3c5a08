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
                    + "Psychological Bulletin 88(2), 413-428 (1980).");

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
