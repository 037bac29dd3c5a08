package dev.panel.xlsx;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxWorkbookTest {

    private static final List<Column> COLUMNS = List.of(Column.text("Name"), Column.number("Rating"), Column.decimal("Mean"),
            Column.dateTime("Submitted at"), Column.date("Day"), Column.longText("Evidence", 60));

    private static XSSFWorkbook readBack(ByteArrayOutputStream bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void cells_read_back_as_written_numbers_as_numbers_and_dates_as_dates() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Instant submitted = Instant.parse("2025-02-03T14:25:30Z");
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(bytes)) {
            try (StreamedSheet sheet = workbook.streamedSheet("Ratings", COLUMNS)) {
                sheet.row("Ada Park", 3, 2.75, submitted, LocalDate.parse("2025-02-03"), "Owned the <payments> & \"ledger\" rewrite");
                sheet.row("  Zoë Ångström 🚀 ", 4L, null, null, null, "line one\nline two");
            }
            workbook.sheet("Summary").createRow(0).createCell(0).setCellValue("Built with POI");
        }

        try (XSSFWorkbook book = readBack(bytes)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Ratings");
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Built with POI");
            XSSFSheet sheet = book.getSheet("Ratings");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).as("a date-time column names its zone").isEqualTo("Submitted at (UTC)");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Ada Park");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(2.75);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.ofInstant(submitted, ZoneOffset.UTC));
            assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.parse("2025-02-03"));
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Owned the <payments> & \"ledger\" rewrite");
            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("  Zoë Ångström 🚀 ");
            assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(second.getCell(2)).isNull();
            assertThat(second.getCell(5).getStringCellValue()).isEqualTo("line one\nline two");
        }
    }

    @Test
    void the_header_is_frozen_filtered_and_the_columns_fitted_to_their_contents() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(bytes)) {
            StreamedSheet sheet = workbook.streamedSheet("Ratings", COLUMNS);
            for (int i = 0; i < StreamedSheet.SAMPLE + 50; i++) {
                sheet.row("Candidate " + i, i % 4 + 1, 2.5, Instant.EPOCH, LocalDate.EPOCH, "x".repeat(i));
            }
        }

        try (XSSFWorkbook book = readBack(bytes)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(StreamedSheet.SAMPLE + 50);
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F" + (StreamedSheet.SAMPLE + 51));
            assertThat(book.getNames("_xlnm._FilterDatabase")).isNotEmpty();
            int name = sheet.getColumnWidth(0);
            int rating = sheet.getColumnWidth(1);
            int evidence = sheet.getColumnWidth(5);
            assertThat(name).as("'Candidate 199' is wider than 'Rating'").isGreaterThan(rating);
            assertThat(evidence).as("fitted to the sample, capped at 60 characters").isEqualTo(61 * 256);
        }
    }

    @Test
    void text_that_could_start_a_formula_is_kept_as_written_and_marked_as_text() throws IOException {
        List<String> risky = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\tTAB", "\rCR", "\nLF");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(bytes)) {
            try (StreamedSheet sheet = workbook.streamedSheet("Ratings", List.of(Column.text("=cmd|' /C calc'!A0"), Column.text("Safe")))) {
                risky.forEach(text -> sheet.row(text, "Plain words"));
            }
            XSSFCell cell = workbook.sheet("Summary").createRow(0).createCell(0);
            cell.setCellValue("=1+1");
            cell.setCellStyle(workbook.styles().textFor("=1+1"));
        }

        try (XSSFWorkbook book = readBack(bytes)) {
            XSSFSheet sheet = book.getSheet("Ratings");
            XSSFCell header = sheet.getRow(0).getCell(0);
            assertThat(header.getCellType()).isEqualTo(CellType.STRING);
            assertThat(header.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(header.getCellStyle().getFont().getBold()).isTrue();
            for (int i = 0; i < risky.size(); i++) {
                XSSFCell cell = sheet.getRow(i + 1).getCell(0);
                assertThat(cell.getCellType()).as(risky.get(i)).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(risky.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(risky.get(i)).isTrue();
                assertThat(sheet.getRow(i + 1).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            }
            XSSFCell built = book.getSheet("Summary").getRow(0).getCell(0);
            assertThat(built.getCellType()).isEqualTo(CellType.STRING);
            assertThat(built.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void characters_xml_cannot_hold_are_replaced_and_escape_lookalikes_survive() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(bytes)) {
            try (StreamedSheet sheet = workbook.streamedSheet("Notes", List.of(Column.text("Note")))) {
                sheet.row("bell\u0007here");
                sheet.row("not an escape: _x0041_ stays");
                sheet.row("lone \uD800 surrogate");
            }
        }

        try (XSSFWorkbook book = readBack(bytes)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("bell\uFFFDhere");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("not an escape: _x0041_ stays");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("lone \uFFFD surrogate");
        }
    }

    @Test
    void a_long_sheet_goes_on_in_a_second_sheet_past_the_row_limit_with_its_own_header() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(bytes, 1, 300)) {
            StreamedSheet sheet = workbook.streamedSheet("Raw", List.of(Column.number("N")));
            for (int i = 1; i <= 700; i++) {
                sheet.row(i);
            }
            sheet.close();
            assertThat(sheet.rows()).isEqualTo(700);
        }

        try (XSSFWorkbook book = readBack(bytes)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Raw (2)");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(299);
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("N");
            assertThat(book.getSheetAt(1).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(300);
            assertThat(book.getSheetAt(2).getRow(102).getCell(0).getNumericCellValue()).isEqualTo(700);
        }
    }

    @Test
    void a_colour_scale_covers_every_data_row_of_its_columns() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(bytes)) {
            StreamedSheet sheet = workbook.streamedSheet("Matrix", List.of(Column.text("Competency"), Column.number("Ann"), Column.number("Bo")), 1)
                    .colourScale(1, 2);
            sheet.row("Architecture", 1, 4);
            sheet.row("Delivery", 3, 2);
        }

        try (XSSFWorkbook book = readBack(bytes)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
            var formatting = sheet.getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
            assertThat(formatting.getConditionalFormattingAt(0).getFormattingRanges()[0].formatAsString()).isEqualTo("B2:C3");
            ConditionalFormattingRule rule = formatting.getConditionalFormattingAt(0).getRule(0);
            assertThat(rule.getColorScaleFormatting().getNumControlPoints()).isEqualTo(3);
        }
    }

    @Test
    void sheet_names_are_made_safe_and_unique() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(bytes)) {
            workbook.streamedSheet("A/B: [a very long candidate name indeed]", List.of(Column.text("x"))).close();
            workbook.streamedSheet("A/B: [a very long candidate name indeed]", List.of(Column.text("x"))).close();
        }

        try (XSSFWorkbook book = readBack(bytes)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("A_B_ _a very long candidate nam");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("A_B_ _a very long candidate (2)");
        }
    }

    @Test
    void streamed_and_poi_sheets_keep_the_order_they_were_made_in_each_with_its_own_filter() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(bytes)) {
            XSSFSheet summary = workbook.sheet("Summary");
            StreamedSheet later = workbook.streamedSheet("Written last", List.of(Column.text("x"), Column.percent("Share")));
            try (StreamedSheet first = workbook.streamedSheet("Written first", List.of(Column.text("x")))) {
                first.row("a");
                first.row("b");
            }
            XSSFSheet table = workbook.sheet("Table");
            new SheetTable(table, workbook.styles(), 0, "y").row().text(0, "c").finish(0);
            summary.createRow(0).createCell(0).setCellValue("about");
            later.row("d", 0.25);
            later.close();
        }

        try (XSSFWorkbook book = readBack(bytes)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("Summary", "Written last", "Written first", "Table");
            assertThat(book.getSheet("Summary").getRow(0).getCell(0).getStringCellValue()).isEqualTo("about");
            assertThat(book.getSheet("Written first").getRow(2).getCell(0).getStringCellValue()).isEqualTo("b");
            XSSFCell share = book.getSheet("Written last").getRow(1).getCell(1);
            assertThat(share.getNumericCellValue()).isEqualTo(0.25);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(book.getSheet("Table").getRow(1).getCell(0).getStringCellValue()).isEqualTo("c");
            List<String> filters = book.getNames("_xlnm._FilterDatabase").stream()
                    .map(name -> name.getSheetIndex() + " " + name.getRefersToFormula()).sorted().toList();
            assertThat(filters).containsExactly("1 'Written last'!$A$1:$B$2", "2 'Written first'!$A$1:$A$3", "3 Table!$A$1:$A$2");
        }
    }

    @Test
    void thousands_of_small_streamed_sheets_are_all_there() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(bytes)) {
            for (int i = 0; i < 1_200; i++) {
                try (StreamedSheet sheet = workbook.streamedSheet("Same name", List.of(Column.text("Competency"), Column.number("Rating")))) {
                    sheet.row("Sheet " + i, i);
                }
            }
        }

        long entries = ZipSecureFile.getMaxFileCount(); // POI reads at most 1,000 zip entries unless told otherwise; Excel has no such limit
        ZipSecureFile.setMaxFileCount(10_000);
        try (XSSFWorkbook book = readBack(bytes)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1_200);
            assertThat(book.getSheetName(1_199)).isEqualTo("Same name (1200)");
            assertThat(book.getSheetAt(1_199).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Sheet 1199");
        } finally {
            ZipSecureFile.setMaxFileCount(entries);
        }
    }

    @Test
    void a_decimal_columns_width_is_that_of_the_value_with_two_decimals() {
        for (double value : new double[] {0, 0.004, 0.005, 1.5, -1.5, 9.999, 99.994, 12345.678, -0.5, 1e12}) {
            assertThat(StreamedSheet.decimalLength(value)).as("%s", value)
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", value).length());
        }
    }

    @Test
    void a_sheet_name_with_markup_characters_and_an_apostrophe_reads_back_with_its_filter() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(bytes)) {
            try (StreamedSheet sheet = workbook.streamedSheet("R&D's \"<best>\"", List.of(Column.text("x")))) {
                sheet.row("a");
            }
        }

        try (XSSFWorkbook book = readBack(bytes)) {
            assertThat(book.getSheetName(0)).isEqualTo("R&D's \"<best>\"");
            assertThat(book.getNames("_xlnm._FilterDatabase")).singleElement()
                    .satisfies(name -> assertThat(name.getRefersToFormula()).isEqualTo("'R&D''s \"<best>\"'!$A$1:$A$2"));
        }
    }
}
