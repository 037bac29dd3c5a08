package dev.panel.decision;

/** The hiring manager recorded a loop's decision; published inside the recording transaction. */
public record DecisionRecorded(long loopId, Outcome outcome, String decidedBy) {
}
