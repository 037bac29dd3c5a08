package dev.panel.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An xlsx workbook written to a stream. Long sheets are {@link StreamedSheet}s: their XML goes into the zip as it
 * is written, one sheet at a time, through one buffer. Everything else — styles, sheets built with POI (summaries,
 * charts) — lives in a small POI workbook, the template. On {@link #close()} the template is written and copied into
 * the zip, its workbook part, relations and content types with the streamed sheets added in their places
 * ({@link WorkbookParts}). (The approach of POI's "BigGridDemo" example, without its temporary files; and without its
 * placeholder sheets in the template, which cost about 150 KB each: a scorecard export of 100,000 ratings has 8,334
 * sheets.) A finished streamed sheet keeps only its name, part name and filter range.
 * <p>
 * Sheets appear in the order they are created. Text that a person wrote goes into POI-built sheets through
 * {@link WorkbookStyles#textFor(String)}, so that it cannot start a formula there either.
 */
public final class XlsxWorkbook implements AutoCloseable {

    /** Excel's rows a sheet (ECMA-376; Excel specifications and limits). */
    public static final int EXCEL_ROWS = 1_048_576;
    /** Deflate level. Measured with bench/exports.sh: level 1 wrote 1.7 times as fast as level 6, for a file a fifth bigger. */
    public static final int DEFAULT_COMPRESSION = 1;

    private final XSSFWorkbook template = new XSSFWorkbook();
    private final WorkbookStyles styles = new WorkbookStyles(template);
    private final ZipOutputStream zip;
    private final XmlBytes xml;
    private final int rowsPerSheet;
    private final ZoneId zone;
    /** Every sheet in order, the template's and the streamed. */
    private final List<Part> sheets = new ArrayList<>();
    /** The names taken, in lower case, as Excel compares them without case. */
    private final Set<String> names = new HashSet<>();
    private final Set<StreamedSheet> unfinished = new LinkedHashSet<>();
    private int streamedParts;
    private Part open;

    private XlsxWorkbook(OutputStream out, int compressionLevel, int rowsPerSheet, ZoneId zone) {
        this.zone = zone;
        this.zip = new ZipOutputStream(out);
        this.zip.setLevel(compressionLevel);
        this.xml = new XmlBytes(zip);
        this.rowsPerSheet = rowsPerSheet;
    }

    /** A workbook written to {@code out}, which {@link #close()} closes, with its times in UTC. */
    public static XlsxWorkbook writingTo(OutputStream out) {
        return writingTo(out, ZoneOffset.UTC);
    }

    /**
     * A workbook whose date-time cells show the wall-clock time in {@code zone}, the reader's (Excel has no zones: a
     * cell is a local date and time), with the zone named in their columns' headers.
     */
    public static XlsxWorkbook writingTo(OutputStream out, ZoneId zone) {
        return new XlsxWorkbook(out, DEFAULT_COMPRESSION, EXCEL_ROWS, zone);
    }

    /** For tests and benchmarks: another compression level, or fewer rows a sheet to see a long sheet go on in the next. */
    static XlsxWorkbook writingTo(OutputStream out, int compressionLevel, int rowsPerSheet) {
        return new XlsxWorkbook(out, compressionLevel, rowsPerSheet, ZoneOffset.UTC);
    }

    /** The zone the date-time cells are shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** The zone as a header names it: "Europe/Berlin", or "UTC". */
    public String zoneName() {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** A long sheet with a frozen header row. */
    public StreamedSheet streamedSheet(String name, List<Column> columns) {
        return streamedSheet(name, columns, 0);
    }

    /** A long sheet with a frozen header row and its first {@code frozenColumns} columns frozen too. */
    public StreamedSheet streamedSheet(String name, List<Column> columns, int frozenColumns) {
        StreamedSheet sheet = new StreamedSheet(this, name, columns, frozenColumns, rowsPerSheet);
        unfinished.add(sheet);
        return sheet;
    }

    /** A sheet built with POI (and written at the end), for summaries, small tables and charts. */
    public XSSFSheet sheet(String name) {
        Part part = new Part(uniqueSheetName(name), null);
        sheets.add(part);
        return template.createSheet(part.name);
    }

    public WorkbookStyles styles() {
        return styles;
    }

    /** A sheet name Excel accepts ("[", "]", "*", "?", "/", "\", ":" replaced, 31 characters at most) that no sheet has yet. */
    String uniqueSheetName(String wanted) {
        String safe = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted.strip(), '_');
        String name = safe;
        for (int n = 2; !names.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** A streamed sheet's place in the workbook, under a name no sheet has yet. */
    Part part(String name) {
        Part part = new Part(uniqueSheetName(name), "xl/worksheets/streamed" + ++streamedParts + ".xml");
        sheets.add(part);
        return part;
    }

    XmlBytes begin(Part part) {
        if (open != null) {
            throw new IllegalStateException("Finish the sheet " + open.name + " before writing " + part.name);
        }
        try {
            zip.putNextEntry(new ZipEntry(part.partName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open = part;
        return xml;
    }

    void closePart(Part part, int lastRow, int lastColumn) {
        xml.flush();
        try {
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The filter itself is in the streamed XML; this gives the workbook the hidden name Excel keeps for it.
        part.filter = new CellRangeAddress(0, lastRow - 1, 0, lastColumn).formatAsString(null, true);
        open = null;
    }

    /** The sheet is finished: the workbook lets go of it. */
    void finished(StreamedSheet sheet) {
        unfinished.remove(sheet);
    }

    /** Finishes any streamed sheet still open, then adds the template's parts and closes the stream. */
    @Override
    public void close() {
        try {
            List.copyOf(unfinished).forEach(StreamedSheet::close);
            if (sheets.isEmpty()) {
                sheet("Sheet1");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            template.write(bytes);
            template.close();
            WorkbookParts parts = new WorkbookParts(sheets);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(parts.rewrite(entry.getName(), in.readAllBytes()));
                    zip.closeEntry();
                }
            }
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet's place in the workbook: a template sheet (no part name) or a streamed sheet's zip entry and filter range. */
    static final class Part {
        final String name;
        final String partName;
        String filter;

        private Part(String name, String partName) {
            this.name = name;
            this.partName = partName;
        }

        boolean streamed() {
            return partName != null;
        }
    }
}
