package dev.panel.drill;

/** Where a sample answer's consensus level came from. */
public enum ConsensusSource {
    /** Set by the hiring manager who built the drill. */
    MANAGER,
    /** The median of the submitted ratings, taken when the drill closed. */
    MEDIAN
}
