package dev.panel.reports.xlsx;

import dev.panel.common.InvalidInputException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import java.util.Arrays;
import java.util.List;

/**
 * Reads the cells of one sheet by column, as text or whole numbers, with every refusal naming the sheet,
 * the row (as numbered in the spreadsheet program) and the column (letter and header).
 */
public final class SheetCells {

    private final Sheet sheet;
    private final List<String> headers;

    public SheetCells(Sheet sheet, List<String> headers) {
        this.sheet = sheet;
        this.headers = headers;
    }

    /** The cell's text, stripped; null when the cell is empty. Numbers are read as they are shown, without ".0". */
    public String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String value = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                double number = cell.getNumericCellValue();
                yield number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number) : Double.toString(number);
            }
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> null;
        };
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The cell's lines, one entry each; empty when the cell is empty. */
    public List<String> lines(Row row, int column) {
        String text = text(row, column);
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public String required(Row row, int column) {
        String text = text(row, column);
        if (text == null) {
            throw refusal(row, column, "is empty");
        }
        return text;
    }

    public int wholeNumber(Row row, int column) {
        String text = required(row, column);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw refusal(row, column, "should hold a whole number, not \"" + text + "\"");
        }
    }

    /** A refusal that says where: {@code Sheet "Questions", row 4, column C (Kind) is empty.} */
    public InvalidInputException refusal(Row row, int column, String problem) {
        String header = column < headers.size() ? " (" + headers.get(column) + ")" : "";
        return new InvalidInputException("Sheet \"" + sheet.getSheetName() + "\", row " + (row.getRowNum() + 1) + ", column "
                + CellReference.convertNumToColString(column) + header + " " + problem + ".");
    }
}
