/** The REST API for calibration drills: building them (hiring managers), taking them blind, feedback, report, calibrated status. */
package dev.panel.drill.api;
