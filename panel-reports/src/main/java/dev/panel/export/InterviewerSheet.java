package dev.panel.export;

import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.CalibrationResult.InterviewerStats;
import dev.panel.decision.Outcome;
import dev.panel.scorecard.Recommendation;
import dev.panel.xlsx.Column;
import dev.panel.xlsx.StreamedSheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The <i>Interviewers</i> sheet: one row per interviewer with every statistic of theirs, agreement with decisions, and a flag with its reasons. */
final class InterviewerSheet {

    /** How often an interviewer's recommendation pointed the way the hiring decision went. */
    record Agreement(int compared, int agreed) {
        double share() {
            return compared == 0 ? Double.NaN : (double) agreed / compared;
        }
    }

    /** The statistics before the level shares. */
    private static final int USAGE = 12;
    private static final int REASON_WIDTH = 50;

    private InterviewerSheet() {
    }

    /**
     * Agreement per interviewer (by the name the result gives them): of their scorecards with a recommendation on a
     * decided loop, those whose recommendation was yes or strong yes on a hire, or no or strong no on a no-hire.
     */
    static Map<String, Agreement> agreement(Set<RawSheet.Recommended> recommendations, Map<Long, Outcome> outcomes,
                                            Map<String, String> displayNames) {
        Map<String, int[]> counts = new HashMap<>();
        for (RawSheet.Recommended r : recommendations) {
            Outcome outcome = outcomes.get(r.loopId());
            if (outcome != null) {
                int[] count = counts.computeIfAbsent(displayNames.getOrDefault(r.interviewerKey(), r.interviewerKey()), k -> new int[2]);
                count[0]++;
                boolean forHire = r.recommendation() == Recommendation.YES || r.recommendation() == Recommendation.STRONG_YES;
                if (forHire == (outcome == Outcome.HIRE)) {
                    count[1]++;
                }
            }
        }
        Map<String, Agreement> agreement = new HashMap<>();
        counts.forEach((name, count) -> agreement.put(name, new Agreement(count[0], count[1])));
        return agreement;
    }

    /** The sheet's columns: the statistics, the share of ratings at each level of the result's scale, agreement and the flag. */
    static List<Column> columns(CalibrationResult result) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("Interviewer"), Column.number("Ratings"), Column.decimal("Mean"),
                Column.decimal("Spread (SD)"), Column.number("Co-rated"), Column.decimal("Leniency"), Column.decimal("Shrunk leniency"),
                Column.decimal("Severity (logits)"), Column.decimal("Severity SE"), Column.decimal("Infit"), Column.decimal("Outfit"),
                Column.decimal("Halo")));
        for (int level = 1; level <= result.overall().scaleMax(); level++) {
            columns.add(Column.percent("Level " + level));
        }
        columns.addAll(List.of(Column.number("Decisions compared"), Column.percent("Agreement with decision"), Column.text("Flag"),
                Column.longText("Reason", REASON_WIDTH)));
        return columns;
    }

    /** A row per interviewer, into a sheet with {@link #columns}. (Streamed: a few hundred rows built with POI cost half a second.) */
    static void write(StreamedSheet sheet, CalibrationResult result, Map<String, Agreement> agreement) {
        int levels = result.overall().scaleMax();
        for (InterviewerStats i : result.interviewers()) {
            Object[] row = new Object[USAGE + levels + 4];
            Object[] stats = {i.name(), i.ratings(), i.mean(), i.sd(), i.coRated(), i.leniency(), i.leniencyShrunk(), i.severity(),
                i.severitySe(), i.infit(), i.outfit(), i.halo()};
            System.arraycopy(stats, 0, row, 0, USAGE);
            for (int level = 0; level < levels && level < i.categoryUsage().size(); level++) {
                row[USAGE + level] = i.categoryUsage().get(level);
            }
            Agreement agreed = agreement.get(i.name());
            if (agreed != null) {
                row[USAGE + levels] = agreed.compared();
                row[USAGE + levels + 1] = agreed.share();
            }
            List<String> reasons = InterviewerFlags.reasons(i);
            if (!reasons.isEmpty()) {
                row[USAGE + levels + 2] = "Flagged";
                row[USAGE + levels + 3] = String.join("; ", reasons);
            }
            sheet.row(row);
        }
    }
}
