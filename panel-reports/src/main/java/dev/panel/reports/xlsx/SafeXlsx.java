package dev.panel.reports.xlsx;

import dev.panel.common.InvalidInputException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Opens an uploaded xlsx file only within limits, so that a hostile or broken file is refused with a
 * sentence a person can act on, never a stack trace or an exhausted heap:
 * <ul>
 *   <li>the file's size ({@link Limits#maxBytes()}), checked before anything is read;</li>
 *   <li>zip bombs: POI's {@link ZipSecureFile} refuses an entry that inflates more than {@value #MIN_INFLATE_RATIO_PERCENT}
 *       percent ratio allows, an entry over {@value #MAX_ENTRY_BYTES} bytes, or text over {@value #MAX_TEXT_CHARS} characters;</li>
 *   <li>XML external entities: POI parses the package's XML with DOCTYPEs refused and external entities off
 *       (its {@code XMLHelper}); a file that carries one is refused like any unreadable file;</li>
 *   <li>a cap on shared strings and on rows per sheet ({@link Limits}).</li>
 * </ul>
 * Before POI builds anything, {@link PackageScan} streams through the file once: a part stored twice, a DOCTYPE, an
 * inflated size past the limits or a shared-strings table past its cap are refused without holding the file's content.
 * ZipSecureFile's limits are process-wide in POI; they are set here once, and tighter than POI's defaults
 * (an entry of up to 4 GB), because Panel only ever reads small files people upload.
 */
public final class SafeXlsx {

    /** Inflated entries may be at most 100 times their compressed size (POI's own default ratio, 0.01, made explicit). */
    static final int MIN_INFLATE_RATIO_PERCENT = 1;
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    static final long MAX_TEXT_CHARS = 8L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(SafeXlsx.class);

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO_PERCENT / 100.0);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    /**
     * How much an upload may hold: its size, rows per sheet, distinct texts, and what all its parts inflate to.
     * POI builds the whole workbook in memory at many times the size of its XML, so the last is what bounds the heap.
     */
    public record Limits(int maxBytes, int maxRows, int maxSharedStrings, long maxUnpackedBytes) {

        /** With {@link #DEFAULT_UNPACKED_BYTES} as the inflated limit. */
        public Limits(int maxBytes, int maxRows, int maxSharedStrings) {
            this(maxBytes, maxRows, maxSharedStrings, DEFAULT_UNPACKED_BYTES);
        }
    }

    /** 16 MB of XML: tens of thousands of rows, and a few hundred MB of heap once POI has built it. */
    public static final long DEFAULT_UNPACKED_BYTES = 16L * 1024 * 1024;

    private SafeXlsx() {
    }

    /**
     * The workbook in {@code bytes}, opened in memory. The caller closes it. Refuses, with an
     * {@link InvalidInputException} naming the problem, a file that is too big, not an xlsx, or past a limit.
     */
    public static XSSFWorkbook open(byte[] bytes, Limits limits) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("The file is empty. Choose an xlsx spreadsheet.");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new InvalidInputException("The spreadsheet is " + kilobytes(bytes.length) + " KB; it can be at most "
                    + kilobytes(limits.maxBytes()) + " KB.");
        }
        PackageScan.check(bytes, limits);
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException unreadable) {
            // POI reports zip bombs, entity tricks and plain garbage alike as exceptions; the message says which.
            LOG.debug("Refused an uploaded spreadsheet", unreadable);
            throw new InvalidInputException(refusal(unreadable));
        }
        try {
            checkSize(workbook, limits);
        } catch (InvalidInputException tooBig) {
            closeQuietly(workbook);
            throw tooBig;
        }
        return workbook;
    }

    private static void checkSize(XSSFWorkbook workbook, Limits limits) {
        if (workbook.getSharedStringSource() != null && workbook.getSharedStringSource().getUniqueCount() > limits.maxSharedStrings()) {
            throw new InvalidInputException("The spreadsheet holds more than " + limits.maxSharedStrings() + " different texts; split it.");
        }
        for (Sheet sheet : workbook) {
            if (sheet.getLastRowNum() + 1 > limits.maxRows()) {
                throw new InvalidInputException("Sheet \"" + sheet.getSheetName() + "\" has " + (sheet.getLastRowNum() + 1)
                        + " rows; at most " + limits.maxRows() + " can be imported at once.");
            }
        }
    }

    private static String refusal(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Zip bomb")) {
            return "The spreadsheet expands to far more than its size (a zip bomb?); it was not read.";
        }
        if (message.contains("DOCTYPE") || message.contains("DTD") || message.contains("entity")) {
            return "The spreadsheet contains XML declarations (DOCTYPE or entities) that Panel does not read.";
        }
        if (e instanceof EmptyFileException || e instanceof UnsupportedFileFormatException || e instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException) {
            return "The file is not an xlsx spreadsheet. Save it from your spreadsheet program as .xlsx and try again.";
        }
        return "The spreadsheet could not be read: it is damaged or not an xlsx file.";
    }

    private static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }

    private static void closeQuietly(XSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // an in-memory workbook holds nothing to release
        }
    }
}
