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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An xlsx workbook written to a stream. Long sheets are {@link StreamedSheet}s: their XML goes into the zip as it
 * is written, one sheet at a time. Everything else — styles, sheets built with POI (summaries, charts) — lives in
 * a small POI workbook, the template, which holds an empty placeholder for every streamed sheet so that the
 * workbook's sheet list, relations and filter names are POI's own. On {@link #close()} the template is written and
 * copied into the zip, less the placeholders' parts. (The approach of POI's "BigGridDemo" example, without its
 * temporary files.)
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
    private final int rowsPerSheet;
    private final Set<String> streamedParts = new HashSet<>();
    private final List<StreamedSheet> streamed = new ArrayList<>();
    private Part open;

    private XlsxWorkbook(OutputStream out, int compressionLevel, int rowsPerSheet) {
        this.zip = new ZipOutputStream(out);
        this.zip.setLevel(compressionLevel);
        this.rowsPerSheet = rowsPerSheet;
    }

    /** A workbook written to {@code out}, which {@link #close()} closes. */
    public static XlsxWorkbook writingTo(OutputStream out) {
        return new XlsxWorkbook(out, DEFAULT_COMPRESSION, EXCEL_ROWS);
    }

    /** For tests and benchmarks: another compression level, or fewer rows a sheet to see a long sheet go on in the next. */
    static XlsxWorkbook writingTo(OutputStream out, int compressionLevel, int rowsPerSheet) {
        return new XlsxWorkbook(out, compressionLevel, rowsPerSheet);
    }

    /** A long sheet with a frozen header row. */
    public StreamedSheet streamedSheet(String name, List<Column> columns) {
        return streamedSheet(name, columns, 0);
    }

    /** A long sheet with a frozen header row and its first {@code frozenColumns} columns frozen too. */
    public StreamedSheet streamedSheet(String name, List<Column> columns, int frozenColumns) {
        StreamedSheet sheet = new StreamedSheet(this, name, columns, frozenColumns, rowsPerSheet);
        streamed.add(sheet);
        return sheet;
    }

    /** A sheet built with POI (and written at the end), for summaries, small tables and charts. */
    public XSSFSheet sheet(String name) {
        return template.createSheet(uniqueSheetName(name));
    }

    public WorkbookStyles styles() {
        return styles;
    }

    /** A sheet name Excel accepts ("[", "]", "*", "?", "/", "\", ":" replaced, 31 characters at most) that no sheet has yet. */
    String uniqueSheetName(String wanted) {
        String safe = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted.strip(), '_');
        String name = safe;
        for (int n = 2; template.getSheetIndex(name) >= 0; n++) {
            String suffix = " (" + n + ")";
            name = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    Part placeholder(String name) {
        XSSFSheet sheet = template.createSheet(uniqueSheetName(name));
        String partName = sheet.getPackagePart().getPartName().getName().substring(1);
        streamedParts.add(partName);
        return new Part(sheet, partName);
    }

    XmlBytes begin(Part part) {
        if (open != null) {
            throw new IllegalStateException("Finish the sheet " + open.sheet.getSheetName() + " before writing " + part.sheet.getSheetName());
        }
        try {
            zip.putNextEntry(new ZipEntry(part.partName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        part.xml = new XmlBytes(zip);
        open = part;
        return part.xml;
    }

    void closePart(Part part, int lastRow, int lastColumn) {
        part.xml.flush();
        try {
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The filter itself is in the streamed XML; this gives the workbook the hidden name Excel keeps for it.
        part.sheet.setAutoFilter(new CellRangeAddress(0, lastRow - 1, 0, lastColumn));
        open = null;
    }

    /** Finishes any streamed sheet still open, then adds the template's parts and closes the stream. */
    @Override
    public void close() {
        try {
            streamed.forEach(StreamedSheet::close);
            if (template.getNumberOfSheets() == 0) {
                template.createSheet("Sheet1");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            template.write(bytes);
            template.close();
            try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                for (ZipEntry entry = parts.getNextEntry(); entry != null; entry = parts.getNextEntry()) {
                    if (!streamedParts.contains(entry.getName())) {
                        zip.putNextEntry(new ZipEntry(entry.getName()));
                        parts.transferTo(zip);
                        zip.closeEntry();
                    }
                }
            }
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A streamed sheet's placeholder in the template and the zip entry its XML goes to. */
    static final class Part {
        private final XSSFSheet sheet;
        private final String partName;
        private XmlBytes xml;

        private Part(XSSFSheet sheet, String partName) {
            this.sheet = sheet;
            this.partName = partName;
        }

        XmlBytes xml() {
            return xml;
        }
    }
}
