package dev.panel.export;

import dev.panel.calibration.CalibrationAnalysis;
import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.LoopEvidence;
import dev.panel.calibration.QuestionStats;
import dev.panel.calibration.Rating;
import dev.panel.calibration.Validity;
import dev.panel.outcome.OutcomeRow;
import dev.panel.ratings.ScorecardQuestions;
import dev.panel.scorecard.Recommendation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The workbook's Questions and Validity sheets, read back with POI and checked cell by cell against the result they were written from. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValiditySheetsTest {

    static final String[] STAGES = {"Deep dive", "Values"};
    static final String[] COMPETENCIES = {"Architecture", "Ownership"};

    CalibrationResult result;
    XSSFWorkbook book;
    int hires;

    @BeforeAll
    void writeAndReadBack() throws IOException {
        Random random = new Random(11);
        List<Rating> ratings = new ArrayList<>();
        List<ScorecardQuestions> cards = new ArrayList<>();
        List<OutcomeRow> outcomes = new ArrayList<>();
        Map<String, String> roles = new HashMap<>();
        Map<String, Recommendation> views = new HashMap<>();
        for (int c = 0; c < 80; c++) {
            String candidate = c == 0 ? "=HYPERLINK(\"x\")" : "Candidate " + c;
            double ability = random.nextGaussian();
            Instant at = LocalDate.of(2025, 1 + c % 12, 5).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
            roles.put(candidate, "Technical Lead");
            views.put(candidate, LoopEvidence.nearest(1.5 + ability));
            for (int s = 0; s < STAGES.length; s++) {
                for (int seat = 0; seat < 2; seat++) {
                    String interviewer = "Interviewer " + ((c + 3 * s + seat) % 8);
                    int level = (int) Math.max(1, Math.min(4, Math.round(2.5 + ability + 0.6 * random.nextGaussian())));
                    ratings.add(new Rating(candidate, interviewer, COMPETENCIES[s], STAGES[s], null, level, 4, at));
                    long question = 10 + 2L * s + (c % 2);
                    cards.add(new ScorecardQuestions(candidate, interviewer, "Technical Lead", STAGES[s], at, List.of(
                            new ScorecardQuestions.Asked(question, s == 0 ? "@Design a cache" : "Tell me about a mistake", 10,
                                    random.nextInt(5) > 0, 400 + random.nextInt(600), List.of(COMPETENCIES[s])))));
                }
            }
            if (ability > -0.3) {
                int value = (int) Math.max(1, Math.min(5, Math.round(3 + ability + 0.7 * random.nextGaussian())));
                outcomes.add(new OutcomeRow(candidate, "Technical Lead", "1-year review", null, value, 5, value > 1, Instant.parse("2026-01-01T00:00:00Z")));
            }
        }
        hires = outcomes.size();
        result = new CalibrationAnalysis().analyse(ratings, new LoopEvidence(cards, outcomes, roles, views));
        CalibrationSheets sheets = new CalibrationSheets(result);
        ratings.forEach(sheets::addNamed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.write(out, new CalibrationSheets.Sources("Panel's scorecards", null, null, Map.of(), sink -> { }, ids -> Map.of(), ids -> Map.of()));
        book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void assertNumber(Row row, int column, Double expected) {
        Cell cell = row.getCell(column);
        if (expected == null) {
            assertThat(cell).as("column %d", column).isNull();
        } else {
            assertThat(cell.getNumericCellValue()).as("column %d", column).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void questions_sheet_has_a_row_per_question_and_role_with_the_results_figures() {
        XSSFSheet sheet = book.getSheet("Questions");
        assertThat(result.questions()).hasSize(4);
        assertThat(sheet.getLastRowNum()).isEqualTo(result.questions().size());
        for (int i = 0; i < result.questions().size(); i++) {
            QuestionStats q = result.questions().get(i);
            Row row = sheet.getRow(i + 1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(q.question());
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(q.role());
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(q.planned());
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(q.asked());
            assertNumber(row, 4, q.emptyShare());
            assertNumber(row, 6, q.meanMinutes());
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo(String.join(", ", q.competencies()));
            assertNumber(row, 10, q.discrimination());
            assertNumber(row, 11, q.discriminationLow());
            assertNumber(row, 12, q.discriminationHigh());
            assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(q.discriminationN());
            assertNumber(row, 15, q.trendP());
            assertNumber(row, 16, q.trendQ());
            for (int level = 0; level < q.distribution().size(); level++) {
                assertThat(row.getCell(ValiditySheets.QUESTION_TITLES.length + level).getNumericCellValue()).isEqualTo(q.distribution().get(level).doubleValue());
            }
        }
        // the question text a person typed is kept as text, never read as a formula
        assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed() || sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(result.questions()).allSatisfy(q -> assertThat(q.discrimination()).isNotNull());
    }

    @Test
    void validity_sheet_shows_observed_and_corrected_figures_then_interviewers_then_decisions() {
        XSSFSheet sheet = book.getSheet("Validity");
        Validity validity = result.validity();
        List<Validity.Figure> figures = new ArrayList<>(validity.roles());
        figures.addAll(validity.competencies());
        assertThat(validity.roles().get(0).r()).isNotNull();
        assertThat(validity.roles().get(0).corrected()).isGreaterThan(validity.roles().get(0).r());
        for (int i = 0; i < figures.size(); i++) {
            Validity.Figure f = figures.get(i);
            Row row = sheet.getRow(i + 1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(f.role());
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(f.predictor());
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(f.n());
            assertNumber(row, 5, f.r());
            assertNumber(row, 6, f.low());
            assertNumber(row, 7, f.high());
            assertNumber(row, 8, f.spreadRatio());
            assertNumber(row, 9, f.corrected());
            assertNumber(row, 10, f.correctedLow());
            assertNumber(row, 11, f.correctedHigh());
        }
        int header = figures.size() + 2;
        assertThat(sheet.getRow(header).getCell(0).getStringCellValue()).isEqualTo("Interviewer");
        for (int i = 0; i < validity.interviewers().size(); i++) {
            Validity.InterviewerFigure f = validity.interviewers().get(i);
            Row row = sheet.getRow(header + 1 + i);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(f.interviewer());
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(f.n());
            assertNumber(row, 3, f.r());
            assertNumber(row, 6, f.shrunk());
        }
        int decisions = header + validity.interviewers().size() + 2;
        assertThat(sheet.getRow(decisions).getCell(0).getStringCellValue()).isEqualTo("Panel's view");
        for (int i = 0; i < validity.decisions().size(); i++) {
            Validity.AgreementRow d = validity.decisions().get(i);
            Row row = sheet.getRow(decisions + 1 + i);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(d.panelView());
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(d.hires());
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(d.low());
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(d.high());
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(d.stillEmployed());
        }
        assertThat(validity.decisions().get(validity.decisions().size() - 1).hires()).isEqualTo(hires);
    }
}
