package dev.panel.reports.xlsx;

import dev.panel.common.InvalidInputException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hostile and broken uploads are refused with a sentence a person can act on; good ones open. */
class SafeXlsxTest {

    private static final SafeXlsx.Limits LIMITS = new SafeXlsx.Limits(2 * 1024 * 1024, 100, 1000);

    @Test
    void a_good_spreadsheet_opens_and_its_cells_read_back() throws IOException {
        try (XSSFWorkbook workbook = SafeXlsx.open(spreadsheet(3), LIMITS)) {
            Sheet sheet = workbook.getSheet("Questions");
            SheetCells cells = new SheetCells(sheet, List.of("Question", "Minutes"));
            assertThat(cells.text(sheet.getRow(2), 0)).isEqualTo("Question 1?");
            assertThat(cells.wholeNumber(sheet.getRow(2), 1)).isEqualTo(11);
        }
    }

    @Test
    void a_cell_refusal_names_the_sheet_the_row_and_the_column() throws IOException {
        try (XSSFWorkbook workbook = SafeXlsx.open(spreadsheet(3), LIMITS)) {
            Sheet sheet = workbook.getSheet("Questions");
            Row row = sheet.getRow(1);
            row.getCell(1).setCellValue("ten");
            SheetCells cells = new SheetCells(sheet, List.of("Question", "Minutes"));
            assertThatThrownBy(() -> cells.wholeNumber(row, 1)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("Sheet \"Questions\", row 2, column B (Minutes) should hold a whole number, not \"ten\".");
            assertThatThrownBy(() -> cells.required(row, 5)).hasMessage("Sheet \"Questions\", row 2, column F is empty.");
        }
    }

    @Test
    void a_file_that_is_not_a_spreadsheet_is_refused() {
        assertRefused("just some text".getBytes(StandardCharsets.UTF_8), "not an xlsx spreadsheet");
        assertRefused(new byte[0], "The file is empty");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_read() {
        assertRefused(new byte[LIMITS.maxBytes() + 1], "it can be at most 2048 KB");
    }

    @Test
    void a_zip_bomb_is_refused() throws IOException {
        // 40 MB of one repeated byte deflates to about 40 KB: a ratio far past the 1% POI allows.
        byte[] bomb = withEntry(spreadsheet(1), "xl/media/filler.bin", new byte[40 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(LIMITS.maxBytes());
        assertRefused(bomb, "zip bomb");
    }

    @Test
    void a_sheet_with_an_external_entity_is_refused_and_the_entity_is_never_resolved() throws IOException {
        byte[] good = spreadsheet(1);
        String sheet = new String(entry(good, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        String hostile = sheet.replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]><worksheet")
                .replace("Question 0?", "&secret;");
        byte[] xxe = withEntry(good, "xl/worksheets/sheet1.xml", hostile.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> {
            try (XSSFWorkbook workbook = SafeXlsx.open(xxe, LIMITS)) {
                // Should POI ever open it, the entity must not have been expanded.
                assertThat(workbook.getSheet("Questions").getRow(1).getCell(0).toString()).doesNotContain(hostname());
                throw new InvalidInputException("opened without the entity");
            }
        }).isInstanceOf(InvalidInputException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void a_sheet_with_too_many_rows_is_refused_naming_the_sheet() {
        assertRefused(spreadsheet(LIMITS.maxRows() + 5), "Sheet \"Questions\" has 106 rows; at most 100");
    }

    @Test
    void a_part_stored_twice_is_refused_whichever_copy_a_reader_would_take() throws IOException {
        byte[] good = spreadsheet(1);
        byte[] twice = withEntry(good, "xl/worksheets/SHEET1.xml", entry(good, "xl/worksheets/sheet1.xml"));
        assertRefused(twice, "holds its part \"xl/worksheets/SHEET1.xml\" twice");
    }

    @Test
    void a_shared_strings_table_past_the_cap_is_refused_whatever_count_it_declares_about_itself() throws IOException {
        StringBuilder sst = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">");
        for (int i = 0; i <= LIMITS.maxSharedStrings(); i++) {
            sst.append("<si><t>Text ").append(i).append("</t></si>");
        }
        byte[] file = withEntry(withStrings(spreadsheet(1)), "xl/sharedStrings.xml", sst.append("</sst>").toString().getBytes(StandardCharsets.UTF_8));
        assertRefused(file, "more than 1000 different texts");
    }

    @Test
    void entities_declared_in_a_doctype_are_refused_before_any_expands() throws IOException {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE sst [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&l9;</t></si></sst>");
        assertRefused(withEntry(withStrings(spreadsheet(1)), "xl/sharedStrings.xml", laughs.toString().getBytes(StandardCharsets.UTF_8)),
                "DOCTYPE");
    }

    @Test
    void a_file_that_unpacks_past_the_limit_is_refused_before_poi_builds_it() {
        SafeXlsx.Limits small = new SafeXlsx.Limits(LIMITS.maxBytes(), 100_000, 100_000, 1024 * 1024);
        byte[] file = spreadsheet(30_000);
        assertThatThrownBy(() -> SafeXlsx.open(file, small).close()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unpacks to more than 1 MB");
    }

    @Test
    void a_file_cut_short_is_refused() {
        byte[] good = spreadsheet(20);
        assertRefused(java.util.Arrays.copyOf(good, good.length / 2), "not an xlsx spreadsheet");
    }

    /** The file with a shared-strings part, as Excel writes (POI's in-memory writer leaves it out when no cell uses it). */
    private static byte[] withStrings(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheetAt(0).getRow(0).getCell(0).setCellValue("Question");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void assertRefused(byte[] file, String words) {
        assertThatThrownBy(() -> SafeXlsx.open(file, LIMITS).close()).isInstanceOf(InvalidInputException.class).hasMessageContaining(words);
    }

    /** A header row and {@code rows} questions. */
    static byte[] spreadsheet(int rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Questions");
            sheet.createRow(0).createCell(0).setCellValue("Question");
            sheet.getRow(0).createCell(1).setCellValue("Minutes");
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue("Question " + i + "?");
                row.createCell(1).setCellValue(10 + i);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zip with one entry replaced or added. */
    private static byte[] withEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.getName().equals(name)) {
                    copy.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(copy);
                    copy.closeEntry();
                }
            }
            copy.putNextEntry(new ZipEntry(name));
            copy.write(content);
            copy.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalStateException("no " + name);
    }

    private static String hostname() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip();
        } catch (IOException e) {
            return "no-hostname-file";
        }
    }
}
