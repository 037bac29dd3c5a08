package dev.panel.plan;

/**
 * What a plan must do to be published. A must-have competency needs independent ratings from at least
 * {@link #MIN_INDEPENDENT_INTERVIEWERS} interviewers across the plan, because one person's rating is one
 * person's impression (inter-rater agreement is routinely lower than panels assume).
 */
public final class CoveragePolicy {

    public static final int MIN_INDEPENDENT_INTERVIEWERS = 2;
    public static final int MIN_STAGE_MINUTES = 5;
    public static final int MAX_STAGE_MINUTES = 480;
    public static final int MAX_INTERVIEWERS = 6;

    private CoveragePolicy() {
    }
}
