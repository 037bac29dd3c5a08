package dev.panel.xlsx;

import org.apache.poi.ss.util.CellReference;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A sheet written row by row straight into the workbook's zip: a frozen, filtered header row, column widths fitted
 * to the first {@link #SAMPLE} rows (held until then, as the widths come first in the XML), and colour scales.
 * Past Excel's 1,048,576 rows a sheet, the rows go on in a new sheet of the same name with " (2)", " (3)" added.
 * Close it (or the workbook) to finish it.
 */
public final class StreamedSheet implements AutoCloseable {

    static final int SAMPLE = 200;
    private static final int MIN_WIDTH = 6;
    private static final int TEXT_LIMIT = 32_767;
    private static final double EXCEL_EPOCH_DAY = 25_569;
    private static final double SECONDS_A_DAY = 86_400;

    private final XlsxWorkbook workbook;
    private final String name;
    private final List<Column> columns;
    private final ZoneRules zone;
    private final int frozenColumns;
    private final int rowsPerSheet;
    private final byte[][] cellStarts;
    private final List<int[]> colourScales = new ArrayList<>();
    private List<Object[]> sample = new ArrayList<>();
    private double[] widths;
    private XlsxWorkbook.Part part;
    private XmlBytes xml;
    private int parts;
    private int row;
    private long rows;
    private boolean closed;

    StreamedSheet(XlsxWorkbook workbook, String name, List<Column> columns, int frozenColumns, int rowsPerSheet) {
        this.workbook = workbook;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.zone = workbook.zone().getRules();
        this.frozenColumns = frozenColumns;
        this.rowsPerSheet = rowsPerSheet;
        this.cellStarts = new byte[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            cellStarts[c] = ("<c r=\"" + CellReference.convertNumToColString(c)).getBytes(StandardCharsets.US_ASCII);
        }
        this.part = workbook.part(name);
    }

    /** One row: a value per column, in order (see {@link Column} for what each kind takes). */
    public void row(Object... values) {
        if (closed) {
            throw new IllegalStateException("The sheet " + name + " is finished");
        }
        rows++;
        if (sample != null) {
            sample.add(values);
            if (sample.size() == SAMPLE) {
                startWithSample();
            }
            return;
        }
        if (row == rowsPerSheet) {
            finishPart();
            part = workbook.part(name + " (" + (parts + 1) + ")");
            start();
        }
        write(values);
    }

    /** A three-colour scale (low red, middle yellow, high green) over these columns' data rows, however many there are. */
    public StreamedSheet colourScale(int firstColumn, int lastColumn) {
        colourScales.add(new int[] {firstColumn, lastColumn});
        return this;
    }

    /** Data rows written so far, over all parts. */
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (sample != null) {
            startWithSample();
        }
        finishPart();
        closed = true;
        workbook.finished(this);
    }

    private void startWithSample() {
        widths = fittedWidths(sample);
        List<Object[]> held = sample;
        sample = null;
        start();
        held.forEach(this::write);
    }

    private void start() {
        parts++;
        xml = workbook.begin(part);
        xml.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        String topLeft = CellReference.convertNumToColString(frozenColumns) + "2";
        xml.ascii("<sheetViews><sheetView workbookViewId=\"0\"><pane ");
        if (frozenColumns > 0) {
            xml.ascii("xSplit=\"").number(frozenColumns).ascii("\" ");
        }
        xml.ascii("ySplit=\"1\" topLeftCell=\"" + topLeft + "\" activePane=\"" + (frozenColumns > 0 ? "bottomRight" : "bottomLeft")
                + "\" state=\"frozen\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < columns.size(); c++) {
            xml.ascii("<col min=\"").number(c + 1L).ascii("\" max=\"").number(c + 1L)
                    .ascii("\" width=\"" + widths[c] + "\" customWidth=\"1\"/>");
        }
        xml.ascii("</cols><sheetData><row r=\"1\">");
        WorkbookStyles styles = workbook.styles();
        for (int c = 0; c < columns.size(); c++) {
            String title = shownTitle(columns.get(c));
            xml.bytes(cellStarts[c]).ascii("1\" t=\"inlineStr\" s=\"").number(styles.headerIndex(title)).ascii("\"><is><t>")
                    .text(title, TEXT_LIMIT).ascii("</t></is></c>");
        }
        xml.ascii("</row>");
        row = 1;
    }

    private void write(Object[] values) {
        row++;
        xml.ascii("<row r=\"").number(row).ascii("\">");
        for (int c = 0; c < values.length && c < columns.size(); c++) {
            if (values[c] != null) {
                cell(xml, c, values[c]);
            }
        }
        xml.ascii("</row>");
    }

    private void cell(XmlBytes xml, int c, Object value) {
        WorkbookStyles styles = workbook.styles();
        switch (columns.get(c).kind()) {
            case TEXT -> {
                String text = value.toString();
                if (text.isEmpty()) {
                    return;
                }
                xml.bytes(cellStarts[c]).number(row).ascii("\" t=\"inlineStr\"");
                if (FormulaGuard.couldStartAFormula(text)) {
                    xml.ascii(" s=\"").number(styles.quotedIndex()).ascii("\"");
                }
                boolean spaced = text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ';
                xml.ascii(spaced ? "><is><t xml:space=\"preserve\">" : "><is><t>").text(text, TEXT_LIMIT).ascii("</t></is></c>");
            }
            case NUMBER, DECIMAL, PERCENT -> {
                Number number = (Number) value;
                boolean whole = number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte;
                if (!whole && !Double.isFinite(number.doubleValue())) {
                    return;
                }
                xml.bytes(cellStarts[c]).number(row);
                Column.Kind kind = columns.get(c).kind();
                xml.ascii(kind == Column.Kind.NUMBER ? "\"><v>" : "\" s=\"");
                if (kind != Column.Kind.NUMBER) {
                    xml.number(kind == Column.Kind.DECIMAL ? styles.decimalIndex() : styles.percentIndex()).ascii("\"><v>");
                }
                if (whole) {
                    xml.number(number.longValue());
                } else {
                    xml.ascii(Double.toString(number.doubleValue()));
                }
                xml.ascii("</v></c>");
            }
            case DATE_TIME -> {
                Instant instant = (Instant) value;
                // the wall clock in the workbook's zone: Excel's date-time cells have no zone of their own
                long local = instant.getEpochSecond() + zone.getOffset(instant).getTotalSeconds();
                double serial = EXCEL_EPOCH_DAY + (local + instant.getNano() / 1e9) / SECONDS_A_DAY;
                xml.bytes(cellStarts[c]).number(row).ascii("\" s=\"").number(styles.dateTimeIndex()).ascii("\"><v>")
                        .ascii(Double.toString(serial)).ascii("</v></c>");
            }
            case DATE -> xml.bytes(cellStarts[c]).number(row).ascii("\" s=\"").number(styles.dateIndex()).ascii("\"><v>")
                    .number(((LocalDate) value).toEpochDay() + (long) EXCEL_EPOCH_DAY).ascii("</v></c>");
        }
    }

    private void finishPart() {
        String lastColumn = CellReference.convertNumToColString(columns.size() - 1);
        xml.ascii("</sheetData><autoFilter ref=\"A1:" + lastColumn + row + "\"/>");
        int priority = 1;
        for (int[] scale : colourScales) {
            if (row < 2) {
                break;
            }
            String range = CellReference.convertNumToColString(scale[0]) + "2:" + CellReference.convertNumToColString(scale[1]) + row;
            xml.ascii("<conditionalFormatting sqref=\"" + range + "\"><cfRule type=\"colorScale\" priority=\"" + priority++
                    + "\"><colorScale><cfvo type=\"min\"/><cfvo type=\"percentile\" val=\"50\"/><cfvo type=\"max\"/>"
                    + "<color rgb=\"FFF8696B\"/><color rgb=\"FFFFEB84\"/><color rgb=\"FF63BE7B\"/></colorScale></cfRule>"
                    + "</conditionalFormatting>");
        }
        xml.ascii("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
        workbook.closePart(part, row, columns.size() - 1);
    }

    private double[] fittedWidths(List<Object[]> rowsSeen) {
        double[] fitted = new double[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            int widest = shownTitle(column).length() + 3; // room for the filter button
            for (Object[] values : rowsSeen) {
                if (c < values.length && values[c] != null) {
                    widest = Math.max(widest, shownLength(column.kind(), values[c]));
                }
            }
            fitted[c] = Math.max(MIN_WIDTH, Math.min(column.maxWidth(), widest)) + 1;
        }
        return fitted;
    }

    /** A date-time column's title names the zone its cells are in: "Submitted at (Europe/Berlin)". */
    private String shownTitle(Column column) {
        return column.kind() == Column.Kind.DATE_TIME ? column.title() + " (" + workbook.zoneName() + ")" : column.title();
    }

    private static int shownLength(Column.Kind kind, Object value) {
        return switch (kind) {
            case DATE_TIME -> 16;
            case DATE -> 10;
            case PERCENT -> 5;
            case DECIMAL -> decimalLength(((Number) value).doubleValue());
            default -> value.toString().lines().mapToInt(String::length).max().orElse(0);
        };
    }

    /** The length of {@code value} shown with two decimals (as "%.2f" would print it, without formatting it: that cost a tenth of the scorecard export). */
    static int decimalLength(double value) {
        if (!Double.isFinite(value)) {
            return 0;
        }
        long hundredths = Math.round(Math.abs(value) * 100);
        if (hundredths < 0 || hundredths == Long.MAX_VALUE) {
            return String.format(java.util.Locale.ROOT, "%.2f", value).length();
        }
        return (value < 0 ? 1 : 0) + Long.toString(hundredths / 100).length() + 3;
    }
}
