package dev.panel.export;

import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.CalibrationResult.InterviewerStats;
import dev.panel.xlsx.SheetTable;
import dev.panel.xlsx.WorkbookStyles;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.Comparator;
import java.util.List;

/**
 * The <i>Summary</i> sheet: what the workbook covers and its headline figures on the left, the notes of the analysis
 * below them, and a bar chart of interviewer leniency (raw and shrunk) beside them, drawn from a small table of the
 * {@value #CHART_INTERVIEWERS} interviewers whose shrunk leniency is furthest from 0 (all of them when there are fewer).
 */
final class SummarySheet {

    static final int CHART_INTERVIEWERS = 30;
    static final String CHART_TITLE = "Interviewer leniency (points against co-panelists)";
    private static final int CHART_COLUMN = 3;

    /** What the workbook covers, in words. */
    record Scope(String period, String ratings, List<String> roles, String matrix) {
    }

    private SummarySheet() {
    }

    static void write(XSSFSheet sheet, WorkbookStyles styles, Scope scope, CalibrationResult result) {
        XSSFCell title = sheet.createRow(0).createCell(0);
        title.setCellValue("Calibration workbook");
        title.setCellStyle(styles.title());
        CalibrationResult.Overall overall = result.overall();
        SheetTable facts = new SheetTable(sheet, styles, 2, "What", "Value");
        facts.row().text(0, "Ratings of").text(1, scope.ratings());
        facts.row().text(0, "Period").text(1, scope.period());
        facts.row().text(0, "Roles").text(1, scope.roles().isEmpty() ? "(none named)" : String.join(", ", scope.roles()));
        facts.row().text(0, "Ratings").number(1, overall.ratings());
        facts.row().text(0, "Candidates").number(1, overall.candidates());
        facts.row().text(0, "Interviewers").number(1, overall.interviewers());
        facts.row().text(0, "Competencies").number(1, overall.competencies());
        facts.row().text(0, "Scale (levels)").number(1, overall.scaleMax());
        facts.row().text(0, "Overall alpha (ordinal)").decimal(1, overall.alphaOrdinal());
        facts.row().text(0, "Overall alpha (interval)").decimal(1, overall.alphaInterval());
        facts.row().text(0, "Design connected").text(1, result.design().connected() ? "yes" : "no");
        facts.row().text(0, "Rasch fit").text(1, (result.rasch().converged() ? "converged" : "did not converge") + " in "
                + result.rasch().iterations() + " iterations");
        facts.row().text(0, "Matrix").text(1, scope.matrix());
        int notesRow = facts.rowIndex() + 2;
        sheet.createRow(notesRow).createCell(0).setCellValue("Notes");
        sheet.getRow(notesRow).getCell(0).setCellStyle(styles.header());
        int row = notesRow;
        for (String note : result.notes()) {
            XSSFCell cell = sheet.createRow(++row).createCell(0);
            cell.setCellValue(note);
        }
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        leniencyChart(sheet, styles, result, Math.max(row + 3, 2));
    }

    /** The chart's table goes below the notes; the chart itself to the right of the headline figures. */
    private static void leniencyChart(XSSFSheet sheet, WorkbookStyles styles, CalibrationResult result, int tableRow) {
        List<InterviewerStats> shown = result.interviewers().stream().filter(i -> Double.isFinite(i.leniency()))
                .sorted(Comparator.comparingDouble((InterviewerStats i) -> -Math.abs(i.leniencyShrunk())).thenComparing(InterviewerStats::name))
                .limit(CHART_INTERVIEWERS).sorted(Comparator.comparingDouble(InterviewerStats::leniencyShrunk)).toList();
        SheetTable table = new SheetTable(sheet, styles, tableRow, "Interviewer (chart)", "Leniency", "Shrunk leniency");
        for (InterviewerStats i : shown) {
            table.row().text(0, i.name()).decimal(1, i.leniency()).decimal(2, i.leniencyShrunk());
        }
        if (shown.isEmpty()) {
            XSSFRow none = sheet.createRow(tableRow + 1);
            none.createCell(0).setCellValue("No interviewer had a co-panelist, so there is no leniency to chart.");
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int height = Math.max(18, shown.size() + 6);
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, 1, CHART_COLUMN + 10, 1 + height));
        chart.setTitleText(CHART_TITLE);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis names = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis points = chart.createValueAxis(AxisPosition.BOTTOM);
        points.setCrosses(AxisCrosses.AUTO_ZERO);
        int first = tableRow + 1;
        int last = tableRow + shown.size();
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, names, points);
        data.setBarDirection(BarDirection.BAR);
        for (int column = 1; column <= 2; column++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(first, last, column, column));
            XDDFChartData.Series series = data.addSeries(categories, values);
            series.setTitle(column == 1 ? "Leniency" : "Shrunk leniency", null);
        }
        chart.plot(data);
    }
}
