package dev.panel.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * A table on a sheet built with POI (a few hundred or thousand rows: interviewers, competencies, drills): a bold
 * header row, cells by kind, and on {@link #finish} a frozen header, a filter and fitted widths. Text goes through
 * the formula guard; a number that is not finite (a statistic the data cannot give) leaves its cell empty.
 */
public final class SheetTable {

    private static final int MAX_WIDTH = 50;

    private final XSSFSheet sheet;
    private final WorkbookStyles styles;
    private final int headerRow;
    private final int[] widths;
    private final ZoneId zone;
    private XSSFRow current;

    /** A table whose header is row {@code headerRow} (0-based) of {@code sheet}, its date-time cells in UTC. */
    public SheetTable(XSSFSheet sheet, WorkbookStyles styles, int headerRow, String... titles) {
        this(sheet, styles, ZoneOffset.UTC, headerRow, titles);
    }

    /** The same, with date-time cells showing the wall clock in {@code zone} (whose name the caller puts in the titles). */
    public SheetTable(XSSFSheet sheet, WorkbookStyles styles, ZoneId zone, int headerRow, String... titles) {
        this.zone = zone;
        this.sheet = sheet;
        this.styles = styles;
        this.headerRow = headerRow;
        this.widths = new int[titles.length];
        XSSFRow header = sheet.createRow(headerRow);
        for (int c = 0; c < titles.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(styles.header());
            widths[c] = titles[c].length() + 3; // room for the filter button
        }
        current = header;
    }

    /** Starts the next row. */
    public SheetTable row() {
        current = sheet.createRow(current.getRowNum() + 1);
        return this;
    }

    /** The row being written, 0-based. */
    public int rowIndex() {
        return current.getRowNum();
    }

    public SheetTable text(int column, String text) {
        if (text != null && !text.isEmpty()) {
            Cell cell = current.createCell(column);
            cell.setCellValue(text);
            CellStyle style = styles.textFor(text);
            if (style != null) {
                cell.setCellStyle(style);
            }
            fit(column, text.length());
        }
        return this;
    }

    public SheetTable number(int column, long value) {
        current.createCell(column).setCellValue(value);
        fit(column, Long.toString(value).length());
        return this;
    }

    /** A number shown with two decimals, or nothing when it is NaN or infinite. */
    public SheetTable decimal(int column, double value) {
        return styled(column, value, styles.decimal(), 6);
    }

    /** A share shown as a percentage, or nothing when it is NaN. */
    public SheetTable percent(int column, double value) {
        return styled(column, value, styles.percent(), 5);
    }

    public SheetTable dateTime(int column, Instant value) {
        if (value != null) {
            Cell cell = current.createCell(column);
            cell.setCellValue(LocalDateTime.ofInstant(value, zone));
            cell.setCellStyle(styles.dateTime());
            fit(column, 16);
        }
        return this;
    }

    /** Freezes the header (and the first {@code frozenColumns} columns), filters the table and fits its widths. */
    public void finish(int frozenColumns) {
        sheet.createFreezePane(frozenColumns, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, current.getRowNum(), 0, widths.length - 1));
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.min(MAX_WIDTH, widths[c]) + 1) * 256);
        }
    }

    /** The widths fitted so far, in characters, for a caller that lays out more beside the table. */
    public int[] widths() {
        return Arrays.copyOf(widths, widths.length);
    }

    private SheetTable styled(int column, double value, CellStyle style, int shown) {
        if (Double.isFinite(value)) {
            Cell cell = current.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            fit(column, shown);
        }
        return this;
    }

    private void fit(int column, int length) {
        if (column < widths.length) {
            widths[column] = Math.max(widths[column], length);
        }
    }
}
