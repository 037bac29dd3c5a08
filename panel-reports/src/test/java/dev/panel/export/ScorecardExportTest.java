package dev.panel.export;

import dev.panel.ratings.RatingRow;
import dev.panel.scorecard.Recommendation;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The scorecard export's workbook, fed without a database, read back with POI. */
class ScorecardExportTest {

    private static final String[] COMPETENCIES = {"Delivery", "Architecture"};

    @Test
    void every_candidate_of_a_large_export_gets_a_panel_sheet_after_the_ratings_sheet() throws IOException {
        int candidates = 1_500; // the export used to hold about 200 KB for every sheet until the end
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long written = ScorecardExport.writeWorkbook(sink -> ratings(candidates, sink), bytes);

        assertThat(written).isEqualTo(candidates * 4L);
        long entries = ZipSecureFile.getMaxFileCount(); // POI reads 1,000 zip entries unless told otherwise; Excel has no such limit
        ZipSecureFile.setMaxFileCount(10_000);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1 + candidates);
            assertThat(book.getSheetName(0)).isEqualTo("Ratings");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(candidates * 4);
            XSSFSheet last = book.getSheetAt(candidates);
            assertThat(last.getSheetName()).isEqualTo("Candidate " + (candidates - 1));
            assertThat(last.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Interviewer A");
            assertThat(last.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Interviewer B");
            assertThat(last.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Delivery");
            assertThat(last.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(last.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(4);
            assertThat(last.getRow(1).getCell(4).getNumericCellValue()).as("spread").isEqualTo(2);
            assertThat(book.getNames("_xlnm._FilterDatabase")).hasSize(1 + candidates);
        } finally {
            ZipSecureFile.setMaxFileCount(entries);
        }
    }

    @Test
    void the_submitted_column_is_in_the_readers_zone_across_a_clock_change_and_its_header_names_the_zone() throws IOException {
        Instant beforeTheChange = Instant.parse("2026-03-28T14:00:00Z");
        Instant afterTheChange = Instant.parse("2026-03-30T13:00:00Z");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScorecardExport.writeWorkbook(sink -> {
            sink.accept(rating("Delivery", beforeTheChange));
            sink.accept(rating("Architecture", afterTheChange));
            return 2;
        }, ZoneId.of("Europe/Berlin"), bytes);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            XSSFSheet ratings = book.getSheet("Ratings");
            assertThat(ratings.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Submitted at (Europe/Berlin)");
            assertThat(ratings.getRow(1).getCell(9).getCellType()).as("a real date cell").isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(ratings.getRow(1).getCell(9))).isTrue();
            assertThat(ratings.getRow(1).getCell(9).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 28, 15, 0));
            assertThat(ratings.getRow(2).getCell(9).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 30, 15, 0));
        }
    }

    private static RatingRow rating(String competency, Instant submitted) {
        return new RatingRow("candidate:1", "Candidate 1", 1L, "Engineer", "Onsite", "interviewer:A", "Interviewer A", competency, null,
                3, 4, Recommendation.values()[2], "Evidence", submitted);
    }

    /** Each candidate rated by interviewer A (2) and B (4) on two competencies, ordered by candidate as the database gives them. */
    private static long ratings(int candidates, Consumer<RatingRow> sink) {
        for (int c = 0; c < candidates; c++) {
            for (String interviewer : new String[] {"A", "B"}) {
                for (String competency : COMPETENCIES) {
                    int value = interviewer.equals("A") ? 2 : 4;
                    sink.accept(new RatingRow("candidate:" + c, "Candidate " + c, (long) c, "Engineer", "Onsite", "interviewer:" + interviewer,
                            "Interviewer " + interviewer, competency, null, value, 4, Recommendation.values()[value - 1], "Evidence",
                            Instant.parse("2025-01-06T09:00:00Z")));
                }
            }
        }
        return candidates * 4L;
    }
}
