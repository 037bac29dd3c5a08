/**
 * Calibration drills: interviewers rate the same anonymised sample answers blind, see where they differ
 * from the consensus, and earn a calibrated status per competency (quadratic-weighted kappa over a bar) that expires.
 */
package dev.panel.drill;
