package dev.panel.export;

import dev.panel.calibration.CalibrationResult.InterviewerStats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When the workbook flags an interviewer for a calibration talk, and why, in words. The thresholds are the ones the
 * Method sheet states: a habit of half a point or more against co-panelists (after shrinkage, so a handful of ratings
 * cannot trigger it), a Rasch severity more than two standard errors from the average interviewer, erratic ratings
 * (infit mean-square above 1.5, Linacre 2002), and a halo (ratings within a scorecard vary half as much as the panel's, or less).
 */
final class InterviewerFlags {

    static final double LENIENCY_POINTS = 0.5;
    static final double SEVERITY_ERRORS = 2;
    static final double INFIT = 1.5;
    static final double HALO = 0.5;

    private InterviewerFlags() {
    }

    /** The reasons to flag the interviewer, empty when there are none. */
    static List<String> reasons(InterviewerStats stats) {
        List<String> reasons = new ArrayList<>();
        if (Math.abs(stats.leniencyShrunk()) >= LENIENCY_POINTS) {
            reasons.add(String.format(Locale.ROOT, "rates %.2f points %s than co-panelists (shrunk)", Math.abs(stats.leniencyShrunk()),
                    stats.leniencyShrunk() > 0 ? "higher" : "lower"));
        }
        if (Double.isFinite(stats.severitySe()) && Math.abs(stats.severity()) > SEVERITY_ERRORS * stats.severitySe()) {
            reasons.add(String.format(Locale.ROOT, "%s: severity %.2f logits, beyond 2 standard errors (%.2f)",
                    stats.severity() > 0 ? "harsh" : "lenient", stats.severity(), stats.severitySe()));
        }
        if (stats.infit() > INFIT) {
            reasons.add(String.format(Locale.ROOT, "erratic: infit %.2f", stats.infit()));
        }
        if (stats.halo() >= HALO) {
            reasons.add(String.format(Locale.ROOT, "halo %.2f: rates competencies within a scorecard alike", stats.halo()));
        }
        return reasons;
    }
}
