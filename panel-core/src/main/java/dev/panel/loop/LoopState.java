package dev.panel.loop;

public enum LoopState {
    /** Interviews are running or scorecards are coming in. */
    OPEN,
    /** The hiring manager recorded a decision. */
    DECIDED
}
