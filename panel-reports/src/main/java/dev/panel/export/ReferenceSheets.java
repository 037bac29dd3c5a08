package dev.panel.export;

import dev.panel.calibration.CalibrationMethod;
import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.CalibrationResult.CompetencyStats;
import dev.panel.drill.CalibratedCompetency;
import dev.panel.xlsx.SheetTable;
import dev.panel.xlsx.WorkbookStyles;
import dev.panel.xlsx.XlsxWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The small sheets of the calibration workbook: <i>Competencies</i>, <i>Drills</i> and <i>Method</i>. */
final class ReferenceSheets {

    /** What the workbook adds to {@link CalibrationMethod}: its own definitions, said the same way. */
    static final List<String[]> WORKBOOK_METHOD = List.of(
            new String[] {"Agreement with decision",
                "Of an interviewer's scorecards with a recommendation on a loop that has a hiring decision, the share whose "
                        + "recommendation pointed the way the decision went: yes or strong yes on a hire, no or strong no on a "
                        + "no-hire. Empty for imported ratings, which have no decisions.",
                "Defined for Panel."},
            new String[] {"Flag",
                String.format(Locale.ROOT, "An interviewer is flagged, with the reasons, when the shrunk leniency is %.1f points "
                        + "or more either way, the severity is more than %.0f standard errors from 0, the infit is above %.1f, or "
                        + "the halo index is %.1f or more.", InterviewerFlags.LENIENCY_POINTS, InterviewerFlags.SEVERITY_ERRORS,
                        InterviewerFlags.INFIT, InterviewerFlags.HALO),
                "Thresholds chosen for Panel; infit after J. M. Linacre, Rasch Measurement Transactions 16(2), 878 (2002)."},
            new String[] {"Rank change",
                "A candidate's place when ranked by fair score against their place when ranked by raw mean (1 = highest; "
                        + "ties share the best place): \"up 3\" means three places higher once interviewers' severity is "
                        + "taken into account.",
                "Defined for Panel."},
            new String[] {"Matrix",
                "Each cell is the mean of one interviewer's ratings of one candidate, on the scale most ratings use. Past "
                        + RatingMatrix.MAX_INTERVIEWERS + " interviewers, only the " + RatingMatrix.MAX_INTERVIEWERS
                        + " with the most ratings are shown.",
                "Descriptive."},
            new String[] {"Calibrated (drills)",
                "An interviewer is calibrated for a competency when their ratings of a drill's sample answers agreed with "
                        + "the consensus (weighted kappa at or above the drill's bar); the status lasts until it expires.",
                "J. Cohen, Weighted kappa, Psychological Bulletin 70(4), 213-220 (1968)."});

    private ReferenceSheets() {
    }

    static void competencies(XSSFSheet sheet, WorkbookStyles styles, CalibrationResult result) {
        int levels = result.competencies().stream().mapToInt(CompetencyStats::scaleMax).max().orElse(0);
        List<String> titles = new ArrayList<>(List.of("Competency", "Ratings", "Scale", "Alpha (ordinal)", "Alpha (interval)",
                "Mean", "Difficulty (logits)", "Difficulty SE", "ICC(2,1)", "ICC(2,k)"));
        for (int level = 1; level <= levels; level++) {
            titles.add("Level " + level);
        }
        SheetTable table = new SheetTable(sheet, styles, 0, titles.toArray(String[]::new));
        for (CompetencyStats c : result.competencies()) {
            table.row().text(0, c.name()).number(1, c.ratings()).number(2, c.scaleMax()).decimal(3, c.alphaOrdinal())
                    .decimal(4, c.alphaInterval()).decimal(5, c.mean()).decimal(6, c.difficulty()).decimal(7, c.difficultySe());
            if (c.icc() != null) {
                table.decimal(8, c.icc().icc21()).decimal(9, c.icc().icc2k());
            }
            for (int level = 0; level < c.distribution().size(); level++) {
                table.number(10 + level, c.distribution().get(level));
            }
        }
        table.finish(1);
    }

    /**
     * One row per interviewer of Panel's own and competency, for every competency they rated here or are calibrated for:
     * calibrated or not, with the kappa that earned it, when, and until when.
     */
    static void drills(XlsxWorkbook workbook, XSSFSheet sheet, Map<Long, String> interviewers, Map<Long, Set<String>> rated,
                       Map<Long, List<CalibratedCompetency>> calibrated) {
        String zone = " (" + workbook.zoneName() + ")";
        SheetTable table = new SheetTable(sheet, workbook.styles(), workbook.zone(), 0, "Interviewer", "Competency", "Calibrated", "Kappa",
                "Achieved" + zone, "Expires" + zone);
        List<Map.Entry<Long, String>> people = interviewers.entrySet().stream()
                .sorted(Map.Entry.<Long, String>comparingByValue().thenComparing(Map.Entry.comparingByKey())).toList();
        for (Map.Entry<Long, String> person : people) {
            List<CalibratedCompetency> statuses = calibrated.getOrDefault(person.getKey(), List.of());
            Set<String> competencies = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            competencies.addAll(rated.getOrDefault(person.getKey(), Set.of()));
            statuses.forEach(s -> competencies.add(s.competencyName()));
            for (String competency : competencies) {
                CalibratedCompetency status = statuses.stream().filter(s -> s.competencyName().equalsIgnoreCase(competency))
                        .max(Comparator.comparing(CalibratedCompetency::achievedAt)).orElse(null);
                table.row().text(0, person.getValue()).text(1, competency).text(2, status == null ? "no" : "yes");
                if (status != null) {
                    table.decimal(3, status.kappa()).dateTime(4, status.achievedAt()).dateTime(5, status.expiresAt());
                }
            }
        }
        table.finish(1);
    }

    static void method(XSSFSheet sheet, WorkbookStyles styles) {
        SheetTable table = new SheetTable(sheet, styles, 0, "Statistic", "In plain words", "Reference");
        for (CalibrationMethod method : CalibrationMethod.values()) {
            table.row().text(0, method.statistic()).text(1, method.description()).text(2, method.reference());
        }
        for (String[] line : WORKBOOK_METHOD) {
            table.row().text(0, line[0]).text(1, line[1]).text(2, line[2]);
        }
        table.finish(1);
        sheet.setColumnWidth(1, 100 * 256);
        sheet.setColumnWidth(2, 70 * 256);
    }
}
