package dev.panel.export;

import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.CalibrationResult.InterviewerStats;
import dev.panel.decision.Outcome;
import dev.panel.scorecard.Recommendation;
import dev.panel.xlsx.SheetTable;
import dev.panel.xlsx.WorkbookStyles;
import org.apache.poi.xssf.usermodel.XSSFSheet;

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

    static void write(XSSFSheet sheet, WorkbookStyles styles, CalibrationResult result, Map<String, Agreement> agreement) {
        int levels = result.overall().scaleMax();
        List<String> titles = new ArrayList<>(List.of("Interviewer", "Ratings", "Mean", "Spread (SD)", "Co-rated", "Leniency",
                "Shrunk leniency", "Severity (logits)", "Severity SE", "Infit", "Outfit", "Halo"));
        for (int level = 1; level <= levels; level++) {
            titles.add("Level " + level);
        }
        titles.addAll(List.of("Decisions compared", "Agreement with decision", "Flag", "Reason"));
        SheetTable table = new SheetTable(sheet, styles, 0, titles.toArray(String[]::new));
        int usage = 12;
        int after = usage + levels;
        for (InterviewerStats i : result.interviewers()) {
            table.row().text(0, i.name()).number(1, i.ratings()).decimal(2, i.mean()).decimal(3, i.sd()).number(4, i.coRated())
                    .decimal(5, i.leniency()).decimal(6, i.leniencyShrunk()).decimal(7, i.severity()).decimal(8, i.severitySe())
                    .decimal(9, i.infit()).decimal(10, i.outfit()).decimal(11, i.halo());
            for (int level = 0; level < levels && level < i.categoryUsage().size(); level++) {
                table.percent(usage + level, i.categoryUsage().get(level));
            }
            Agreement agreed = agreement.get(i.name());
            if (agreed != null) {
                table.number(after, agreed.compared()).percent(after + 1, agreed.share());
            }
            List<String> reasons = InterviewerFlags.reasons(i);
            if (!reasons.isEmpty()) {
                table.text(after + 2, "Flagged").text(after + 3, String.join("; ", reasons));
            }
        }
        table.finish(1);
    }
}
