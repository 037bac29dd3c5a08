/**
 * Calibration statistics: pure functions over ratings that tell a company whether its interviewers agree
 * (Krippendorff's alpha, ICC), who rates harsh or soft (leniency, many-facet Rasch severity), how they use the
 * scale (category usage, halo), and each candidate's severity-adjusted fair score. No database, no state.
 */
package dev.panel.calibration;
