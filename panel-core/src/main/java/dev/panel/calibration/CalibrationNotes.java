package dev.panel.calibration;

import dev.panel.calibration.CalibrationResult.CandidateStats;
import dev.panel.calibration.CalibrationResult.CompetencyStats;
import dev.panel.calibration.CalibrationResult.InterviewerStats;
import dev.panel.calibration.CalibrationResult.Overall;
import dev.panel.calibration.CalibrationResult.RaschSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The plain-words caveats of a {@link CalibrationResult}: what the numbers cannot say, and why. */
final class CalibrationNotes {

    private CalibrationNotes() {
    }

    static List<String> of(RatingTable table, Overall overall, List<CompetencyStats> competencies,
                           List<InterviewerStats> interviewers, List<CandidateStats> candidates,
                           Connectedness design, RaschSummary rasch, Reliability reliability, Icc[] icc) {
        List<String> notes = new ArrayList<>();
        if (table.mixedScales) {
            TreeSet<Integer> scales = new TreeSet<>();
            for (int m : table.scaleMax) {
                scales.add(m);
            }
            notes.add("Ratings use scales of " + join(scales.stream().map(String::valueOf).toList()) + " levels. "
                    + "Means, leniency, halo and fair scores are on the " + table.referenceScale
                    + "-level scale that most ratings use, other ratings mapped linearly onto it; each competency's "
                    + "alpha, mean and distribution are on its own main scale; alpha leaves out the ratings on other "
                    + "scales (" + reliability.overallOffScale + " from the overall alpha); the Rasch model fits "
                    + "thresholds for each scale.");
        }
        if (Double.isNaN(overall.alphaOrdinal())) {
            notes.add(overall.pairableValues() == 0
                    ? "Alpha is undefined: no candidate was rated twice on the same competency."
                    : "Alpha is undefined: every candidate rated twice on a competency got the same level from everyone, "
                    + "so there is no disagreement to compare with chance.");
        }
        List<String> undefined = competencies.stream().filter(c -> Double.isNaN(c.alphaOrdinal()))
                .map(CompetencyStats::name).toList();
        if (!undefined.isEmpty() && undefined.size() < competencies.size()) {
            notes.add("Alpha is undefined for " + join(undefined)
                    + ": none of its candidates was rated twice, or every such rating was at one level.");
        }
        List<String> alone = interviewers.stream().filter(i -> i.coRated() == 0).map(InterviewerStats::name).toList();
        if (!alone.isEmpty()) {
            notes.add("Leniency is undefined for " + join(alone)
                    + ": nobody else rated their candidates on the same competencies (shrunk leniency is 0).");
        }
        long complete = java.util.Arrays.stream(icc).filter(java.util.Objects::nonNull).count();
        notes.add(complete == 0
                ? "ICC is not given: it needs a complete design (the same interviewers rating every candidate on a "
                + "competency once each), which no competency has; Krippendorff's alpha does not need one."
                : "ICC is given for the " + complete + " competencies whose ratings form a complete design.");
        if (!design.connected()) {
            notes.add("The design is not connected: the ratings fall into separate subsets (see design), and "
                    + "severities, abilities and fair scores are comparable only within a subset.");
        }
        if (!rasch.converged()) {
            notes.add("The Rasch fit stopped after " + rasch.iterations() + " iterations without converging; "
                    + "treat severities and fair scores as approximate.");
        }
        long extreme = candidates.stream().filter(CandidateStats::extreme).count();
        if (extreme > 0) {
            notes.add(extreme + " candidates have every rating at the top or at the bottom of the scale; their abilities "
                    + "and fair scores are estimates for a score " + ManyFacetRasch.EXTREME_ADJUSTMENT
                    + " points inside the extreme.");
        }
        return List.copyOf(notes);
    }

    private static String join(List<String> names) {
        int shown = Math.min(names.size(), 10);
        String list = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? list + " and " + (names.size() - shown) + " more" : list;
    }
}
