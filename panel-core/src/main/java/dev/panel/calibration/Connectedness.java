package dev.panel.calibration;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Whether the ratings link every candidate, interviewer and competency into one frame of reference, so that
 * severities, difficulties and abilities are comparable (Linacre's "subsets" in FACETS). When they are not,
 * {@code subsets} names the separate groups, largest first: measures are comparable only within a subset.
 */
@Serdeable
public record Connectedness(boolean connected, List<DesignSubset> subsets, int moreSubsets) {

    /**
     * One disconnected group of the design.
     *
     * @param linkedBy        the pair of facets whose links fall apart, e.g. "candidates and interviewers"
     * @param ratings         the ratings in the subset
     * @param candidateNames  up to {@value DesignCheck#NAMES_SHOWN} of its candidates, in order of name; likewise the others
     */
    @Serdeable
    public record DesignSubset(String linkedBy, int ratings, int candidates, int interviewers, int competencies,
                               List<String> candidateNames, List<String> interviewerNames,
                               List<String> competencyNames) {
    }
}
