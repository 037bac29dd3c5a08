package dev.panel.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a workbook, created once in its template. Streamed sheets refer to them by index; sheets
 * built with POI use them directly (for text a person wrote, through {@link #textFor(String)}).
 */
public final class WorkbookStyles {

    private final XSSFCellStyle header;
    private final XSSFCellStyle headerQuoted;
    private final XSSFCellStyle quoted;
    private final XSSFCellStyle decimal;
    private final XSSFCellStyle dateTime;
    private final XSSFCellStyle date;
    private final XSSFCellStyle percent;
    private final XSSFCellStyle title;

    WorkbookStyles(XSSFWorkbook workbook) {
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        headerQuoted = workbook.createCellStyle();
        headerQuoted.cloneStyleFrom(header);
        headerQuoted.setQuotePrefixed(true);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        XSSFFont large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
    }

    public CellStyle header() {
        return header;
    }

    public CellStyle decimal() {
        return decimal;
    }

    public CellStyle dateTime() {
        return dateTime;
    }

    public CellStyle date() {
        return date;
    }

    /** Shares, as whole percentages. */
    public CellStyle percent() {
        return percent;
    }

    /** A sheet's title line. */
    public CellStyle title() {
        return title;
    }

    /** The style for a text cell holding {@code text}: quote-prefixed when it could start a formula, else null (the default). */
    public CellStyle textFor(String text) {
        return FormulaGuard.couldStartAFormula(text) ? quoted : null;
    }

    int headerIndex(String title) {
        return FormulaGuard.couldStartAFormula(title) ? headerQuoted.getIndex() : header.getIndex();
    }

    int quotedIndex() {
        return quoted.getIndex();
    }

    int decimalIndex() {
        return decimal.getIndex();
    }

    int percentIndex() {
        return percent.getIndex();
    }

    int dateTimeIndex() {
        return dateTime.getIndex();
    }

    int dateIndex() {
        return date.getIndex();
    }
}
