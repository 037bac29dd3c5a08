package dev.panel.reports.xlsx;

import dev.panel.common.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The first sheet of an uploaded workbook as CSV text, row for row (an empty row stays an empty line, so row
 * numbers in an error are the spreadsheet's), so that a spreadsheet import checks and stores exactly as the CSV
 * import does. Dates become ISO days and whole numbers lose their ".0"; text is kept as typed.
 */
public final class SheetAsCsv {

    /**
     * Uploaded spreadsheets of ratings: 2 MB, a million rows, 100,000 distinct texts and 16 MB of XML at most. A file of
     * 400,000 distinct texts in 1 MB took the whole of a 256 MB heap before it was refused; larger sets go in as CSV.
     */
    public static final SafeXlsx.Limits RATINGS = new SafeXlsx.Limits(2 * 1024 * 1024, 1_048_576, 100_000);

    private SheetAsCsv() {
    }

    public static String firstSheet(byte[] xlsx, SafeXlsx.Limits limits) {
        try (XSSFWorkbook workbook = SafeXlsx.open(xlsx, limits); StringWriter out = new StringWriter();
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            Sheet sheet = workbook.getSheetAt(0);
            int width = sheet.getRow(sheet.getFirstRowNum()) == null ? 0 : sheet.getRow(sheet.getFirstRowNum()).getLastCellNum();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                for (int c = 0; row != null && c < Math.max(width, row.getLastCellNum()); c++) {
                    values.add(readable(sheet, row, c));
                }
                while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
                    values.remove(values.size() - 1);
                }
                csv.printRecord(values);
            }
            csv.flush();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cell's text, or a refusal naming it when its value is not what its type says (a number cell holding letters,
     * which POI reports as an IllegalStateException, or a type Excel does not know, an IllegalArgumentException from
     * XmlBeans): an edited file, never one a spreadsheet program saved. Both were found by SheetAsCsvFuzzTest.
     */
    private static String readable(Sheet sheet, Row row, int column) {
        Cell cell = row.getCell(column);
        try {
            return text(cell);
        } catch (IllegalStateException | IllegalArgumentException unreadable) {
            throw new InvalidInputException("Sheet \"" + sheet.getSheetName() + "\", cell " + new CellReference(row.getRowNum(), column).formatAsString()
                    + " holds a value that does not match its type; correct it in a spreadsheet program and save the file again.");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().atOffset(ZoneOffset.UTC).toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }
}
