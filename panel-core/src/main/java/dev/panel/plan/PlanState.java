package dev.panel.plan;

public enum PlanState {
    /** Being written; may change. */
    DRAFT,
    /** In use for loops; read-only. */
    PUBLISHED,
    /** No longer offered for new loops. */
    RETIRED
}
