package dev.panel.scorecard;

public enum ScorecardState {
    DRAFT,
    SUBMITTED
}
