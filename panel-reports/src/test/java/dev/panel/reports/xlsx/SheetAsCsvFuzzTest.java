package dev.panel.reports.xlsx;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.panel.common.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever an uploaded ratings spreadsheet's first sheet holds, reading it as CSV either gives CSV with one record per
 * row of the sheet, or is refused with a sentence ({@link InvalidInputException}); nothing else escapes. The fuzzed text
 * is the sheet's XML, put into an otherwise good workbook. In a plain {@code mvn test} Jazzer replays the inputs under
 * resources/dev/panel/reports/xlsx/SheetAsCsvFuzzTestInputs; {@code JAZZER_FUZZ=1} fuzzes for new ones.
 */
class SheetAsCsvFuzzTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final byte[] TEMPLATE = template();

    @FuzzTest(maxDuration = "5m")
    void any_first_sheet_reads_as_csv_row_for_row_or_is_refused_with_a_sentence(@NotNull String sheetXml) {
        byte[] file = withSheet(sheetXml);
        String csv;
        try {
            csv = SheetAsCsv.firstSheet(file, SheetAsCsv.RATINGS);
        } catch (InvalidInputException refused) {
            assertThat(refused.getMessage()).isNotBlank().endsWith(".").doesNotContain("Exception", "org.apache");
            return;
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT)) {
            assertThat(parser.getRecords()).hasSizeLessThanOrEqualTo(SheetAsCsv.RATINGS.maxRows());
        } catch (IOException e) {
            throw new AssertionError("Panel's own CSV does not read back: " + csv, e);
        }
    }

    /** A workbook as POI writes one, with a sheet of ratings and a shared-strings table. */
    private static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Ratings");
            String[] header = {"candidate", "interviewer", "competency", "rating"};
            var first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] withSheet(String xml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(TEMPLATE)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(SHEET)) {
                    zip.write(xml.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
