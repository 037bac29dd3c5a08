package dev.panel.scorecard;

/** A panelist submitted their scorecard; published inside the submitting transaction. Carries no content. */
public record ScorecardSubmitted(long scorecardId, long loopId, long interviewId, long interviewerId) {
}
