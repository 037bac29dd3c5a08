/** The calibration dashboard: agreement, leniency and fair scores for a role, a period or an imported dataset. */
package dev.panel.calibration.ui;
