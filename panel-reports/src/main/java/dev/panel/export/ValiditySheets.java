package dev.panel.export;

import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.QuestionStats;
import dev.panel.calibration.Validity;
import dev.panel.xlsx.SheetTable;
import dev.panel.xlsx.WorkbookStyles;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The calibration workbook's <i>Questions</i> sheet (one row per question and role, with its alerts in words) and
 * <i>Validity</i> sheet (the correlations with the later outcome, observed and corrected; the interviewers'; the
 * decision table), from the same {@link CalibrationResult} the dashboard and API show. An empty figure is an empty cell.
 */
final class ValiditySheets {

    static final String[] QUESTION_TITLES = {"Question", "Role", "Planned", "Asked", "Empty notes", "Timed", "Mean minutes", "Time box (min)",
        "Time / box", "Competencies", "Discrimination", "95% low", "95% high", "n", "Months", "Drift p", "Drift q (BH)", "Alerts"};
    static final String[] FIGURE_TITLES = {"Role", "Competency", "Predictor", "Outcome", "n", "r", "95% low", "95% high",
        "Spread ratio u", "Corrected r", "Corrected low", "Corrected high"};
    static final String[] INTERVIEWER_TITLES = {"Interviewer", "Hires rated", "Enough data", "r", "95% low", "95% high", "Shrunk r"};
    static final String[] DECISION_TITLES = {"Panel's view", "Hires", "Later low", "Later mid", "Later high", "Not rated", "Still employed", "Left"};

    private ValiditySheets() {
    }

    static void questions(XSSFSheet sheet, WorkbookStyles styles, CalibrationResult result) {
        int levels = result.questions().stream().mapToInt(q -> q.distribution().size()).max().orElse(0);
        List<String> titles = new ArrayList<>(List.of(QUESTION_TITLES));
        for (int level = 1; level <= levels; level++) {
            titles.add("Level " + level);
        }
        SheetTable table = new SheetTable(sheet, styles, 0, titles.toArray(String[]::new));
        for (QuestionStats q : result.questions()) {
            table.row().text(0, q.question()).text(1, q.role()).number(2, q.planned()).number(3, q.asked()).percent(4, nan(q.emptyShare()))
                    .number(5, q.timed()).decimal(6, nan(q.meanMinutes())).number(7, q.timeBoxMinutes()).decimal(8, nan(q.timeRatio()))
                    .text(9, String.join(", ", q.competencies())).decimal(10, nan(q.discrimination())).decimal(11, nan(q.discriminationLow()))
                    .decimal(12, nan(q.discriminationHigh())).number(13, q.discriminationN()).number(14, q.months())
                    .decimal(15, nan(q.trendP())).decimal(16, nan(q.trendQ()))
                    .text(17, q.alerts().stream().map(QuestionStats.Alert::text).collect(Collectors.joining(" ")));
            for (int level = 0; level < q.distribution().size(); level++) {
                table.number(QUESTION_TITLES.length + level, q.distribution().get(level));
            }
        }
        table.finish(1);
    }

    /** Three tables one under the other, a blank row between: correlations, interviewers, decisions. */
    static void validity(XSSFSheet sheet, WorkbookStyles styles, CalibrationResult result) {
        Validity validity = result.validity();
        SheetTable figures = new SheetTable(sheet, styles, 0, FIGURE_TITLES);
        List<Validity.Figure> all = new ArrayList<>(validity.roles());
        all.addAll(validity.competencies());
        for (Validity.Figure f : all) {
            figures.row().text(0, f.role()).text(1, f.competency()).text(2, f.predictor()).text(3, f.outcome()).number(4, f.n())
                    .decimal(5, nan(f.r())).decimal(6, nan(f.low())).decimal(7, nan(f.high())).decimal(8, nan(f.spreadRatio()))
                    .decimal(9, nan(f.corrected())).decimal(10, nan(f.correctedLow())).decimal(11, nan(f.correctedHigh()));
        }
        figures.finish(1);
        SheetTable interviewers = new SheetTable(sheet, styles, figures.rowIndex() + 2, INTERVIEWER_TITLES);
        for (Validity.InterviewerFigure i : validity.interviewers()) {
            interviewers.row().text(0, i.interviewer()).number(1, i.n()).text(2, i.enoughData() ? "yes" : "not enough data")
                    .decimal(3, nan(i.r())).decimal(4, nan(i.low())).decimal(5, nan(i.high())).decimal(6, nan(i.shrunk()));
        }
        SheetTable decisions = new SheetTable(sheet, styles, interviewers.rowIndex() + 2, DECISION_TITLES);
        for (Validity.AgreementRow d : validity.decisions()) {
            decisions.row().text(0, d.panelView()).number(1, d.hires()).number(2, d.low()).number(3, d.mid()).number(4, d.high())
                    .number(5, d.unrated()).number(6, d.stillEmployed()).number(7, d.left());
        }
        if (validity.checkpoint() != null) {
            decisions.row().row().text(0, "Outcomes at \"" + validity.checkpoint() + "\", " + validity.hires() + " hires.");
        }
    }

    private static double nan(Double value) {
        return value == null ? Double.NaN : value;
    }
}
