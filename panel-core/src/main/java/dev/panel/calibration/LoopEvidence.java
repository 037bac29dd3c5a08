package dev.panel.calibration;

import dev.panel.outcome.OutcomeRow;
import dev.panel.ratings.ScorecardQuestions;
import dev.panel.scorecard.Recommendation;

import java.util.List;
import java.util.Map;

/**
 * What the question analytics and predictive validity read besides the ratings, with candidates and interviewers
 * under the names the ratings give them ({@code candidateKey} and {@code interviewerKey} hold those names here):
 * the scorecards with their questions, the hires' later outcomes, each candidate's role, and the panel's view of
 * each candidate (the recommendation nearest the mean of their scorecards').
 */
public record LoopEvidence(List<ScorecardQuestions> scorecards, List<OutcomeRow> outcomes, Map<String, String> candidateRoles,
                           Map<String, Recommendation> panelViews) {

    public static final LoopEvidence NONE = new LoopEvidence(List.of(), List.of(), Map.of(), Map.of());

    /** The recommendation nearest a mean of recommendations read as 0 (strong no) to 3 (strong yes); halves round up. */
    public static Recommendation nearest(double meanOrdinal) {
        int index = (int) Math.floor(meanOrdinal + 0.5);
        return Recommendation.values()[Math.max(0, Math.min(Recommendation.values().length - 1, index))];
    }
}
