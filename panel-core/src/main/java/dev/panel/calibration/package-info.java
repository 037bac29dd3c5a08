/**
 * Calibration statistics: pure functions over ratings that tell a company whether its interviewers agree
 * (Krippendorff's alpha, ICC), who rates harsh or soft (leniency, many-facet Rasch severity), how they use the
 * scale (category usage, halo), and each candidate's severity-adjusted fair score. The statistics themselves
 * ({@link dev.panel.calibration.CalibrationAnalysis}) hold no database and no state;
 * {@link dev.panel.calibration.CalibrationService} feeds them the ratings a caller may read.
 */
package dev.panel.calibration;
