package dev.panel.export;

import dev.panel.calibration.CalibrationAnalysis;
import dev.panel.calibration.CalibrationMethod;
import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.CalibrationResult.CandidateStats;
import dev.panel.calibration.CalibrationResult.CompetencyStats;
import dev.panel.calibration.CalibrationResult.InterviewerStats;
import dev.panel.calibration.Rating;
import dev.panel.decision.Outcome;
import dev.panel.drill.CalibratedCompetency;
import dev.panel.ratings.RatingRow;
import dev.panel.scorecard.Recommendation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
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
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The calibration workbook of a simulated panel, read back with POI, every sheet checked against the
 * {@link CalibrationResult} computed from the same ratings (and the matrix and agreement against the ratings themselves).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrationSheetsTest {

    static final String RISKY_CANDIDATE = "=HYPERLINK(\"http://evil.example\",\"Click\")";
    static final String RISKY_INTERVIEWER = "@SUM(1+1)";
    static final String[] COMPETENCIES = {"Architecture", "Delivery", "People leadership"};
    static final Instant START = Instant.parse("2025-02-03T10:00:00Z");
    static final Instant ACHIEVED = Instant.parse("2025-01-10T09:00:00Z");

    final List<RatingRow> rows = new ArrayList<>();
    final Map<Long, Outcome> outcomes = new HashMap<>();
    final Map<String, String> displayNames = new HashMap<>();
    CalibrationResult result;
    XSSFWorkbook book;

    @BeforeAll
    void writeAndReadBack() throws IOException {
        Random random = new Random(7);
        String[] interviewers = {RISKY_INTERVIEWER, "Ana Silva", "Ben Okafor", "Chen Wei", "Dana Levi", "Eli Moreau"};
        for (int j = 0; j < interviewers.length; j++) {
            displayNames.put("user:" + (j + 1), interviewers[j]);
        }
        for (int c = 0; c < 24; c++) {
            String candidate = c == 0 ? RISKY_CANDIDATE : String.format("Candidate %02d", c);
            displayNames.put("candidate:" + (c + 1), candidate);
            long loop = 100 + c;
            int ability = random.nextInt(3);
            if (c % 3 != 0) {
                outcomes.put(loop, ability >= 1 ? Outcome.HIRE : Outcome.NO_HIRE);
            }
            for (int k = 0; k < 3; k++) {
                int j = (c + 2 * k) % interviewers.length;
                int lenient = j == 1 ? 1 : 0;
                Recommendation recommendation = Recommendation.values()[Math.min(3, ability + lenient + random.nextInt(2))];
                for (String competency : COMPETENCIES) {
                    int value = Math.max(1, Math.min(4, 1 + ability + lenient + random.nextInt(2) - (j == 4 ? 1 : 0)));
                    rows.add(new RatingRow("candidate:" + (c + 1), candidate, loop, "Technical Lead", "Deep dive", "user:" + (j + 1),
                            interviewers[j], competency, 1, value, 4, recommendation, null, START.plusSeconds(86_400L * c)));
                }
            }
        }
        List<Rating> ratings = rows.stream().map(r -> new Rating(r.candidate(), r.interviewer(), r.competency(), r.stage(),
                r.rubricVersion(), r.value(), r.scaleMax(), r.submittedAt())).collect(Collectors.toCollection(ArrayList::new));
        result = new CalibrationAnalysis().analyse(ratings);
        CalibrationSheets sheets = new CalibrationSheets(result);
        ratings.forEach(sheets::addNamed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = sheets.write(out, new CalibrationSheets.Sources("dataset \"test\"", LocalDate.parse("2025-01-01"), null, displayNames,
                sink -> rows.forEach(sink), ids -> outcomes, ids -> Map.of(2L, List.of(new CalibratedCompetency(2, 9, "Delivery", 0.82, 5,
                        ACHIEVED, ACHIEVED.plusSeconds(86_400L * 365))))));
        assertThat(written).isEqualTo(rows.size());
        book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void the_sheets_come_in_the_order_of_the_issue() {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("Summary", "Interviewers", "Competencies", "Fair scores", "Matrix", "Raw", "Drills", "Questions", "Validity",
                "Method");
    }

    @Test
    void summary_gives_the_counts_and_overall_alpha_and_charts_leniency() {
        XSSFSheet summary = book.getSheet("Summary");
        Map<String, Cell> facts = new HashMap<>();
        for (int r = 3; r <= 15; r++) {
            facts.put(summary.getRow(r).getCell(0).getStringCellValue(), summary.getRow(r).getCell(1));
        }
        assertThat(facts.get("Ratings").getNumericCellValue()).isEqualTo(result.overall().ratings());
        assertThat(facts.get("Candidates").getNumericCellValue()).isEqualTo(24);
        assertThat(facts.get("Interviewers").getNumericCellValue()).isEqualTo(6);
        assertThat(facts.get("Overall alpha (ordinal)").getNumericCellValue()).isEqualTo(result.overall().alphaOrdinal());
        assertThat(facts.get("Roles").getStringCellValue()).isEqualTo("Technical Lead");
        assertThat(facts.get("Period").getStringCellValue()).isEqualTo("2025-01-01 to any date (ratings from 2025-02-03 to 2025-02-26)");

        List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        assertThat(charts.get(0).getTitleText().getString()).isEqualTo(SummarySheet.CHART_TITLE);
        assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(2);
        assertThat(charts.get(0).getChartSeries().get(0).getSeries(1).getValuesData().getPointCount()).isEqualTo(6);
    }

    @Test
    void interviewers_sheet_holds_each_interviewers_statistics_agreement_and_flag() {
        XSSFSheet sheet = book.getSheet("Interviewers");
        List<String> titles = titles(sheet);
        assertThat(sheet.getLastRowNum()).isEqualTo(result.interviewers().size());
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            InterviewerStats stats = result.interviewers().get(r - 1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(stats.name());
            assertThat(number(row, titles, "Ratings")).isEqualTo(stats.ratings());
            assertThat(number(row, titles, "Mean")).isEqualTo(stats.mean());
            assertThat(number(row, titles, "Leniency")).isEqualTo(stats.leniency());
            assertThat(number(row, titles, "Shrunk leniency")).isEqualTo(stats.leniencyShrunk());
            assertThat(number(row, titles, "Severity (logits)")).isEqualTo(stats.severity());
            assertThat(number(row, titles, "Severity SE")).isEqualTo(stats.severitySe());
            assertThat(number(row, titles, "Halo")).isEqualTo(stats.halo());
            assertThat(number(row, titles, "Level 4")).isEqualTo(stats.categoryUsage().get(3));
            int[] agreement = agreementOf(stats.name());
            assertThat(number(row, titles, "Decisions compared")).isEqualTo(agreement[0]);
            assertThat(number(row, titles, "Agreement with decision")).isCloseTo((double) agreement[1] / agreement[0], within(1e-12));
            List<String> reasons = InterviewerFlags.reasons(stats);
            Cell reason = row.getCell(titles.indexOf("Reason"));
            assertThat(reason == null ? "" : reason.getStringCellValue()).isEqualTo(String.join("; ", reasons));
        }
        Row lenient = rowNamed(sheet, "Ana Silva");
        assertThat(lenient.getCell(titles.indexOf("Flag")).getStringCellValue()).isEqualTo("Flagged");
        assertThat(lenient.getCell(titles.indexOf("Reason")).getStringCellValue()).contains("higher than co-panelists");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        // streamed since it became the workbook's fixed cost: shares still read as percentages, means with two decimals, filtered
        assertThat(lenient.getCell(titles.indexOf("Level 4")).getCellStyle().getDataFormatString()).isEqualTo("0%");
        assertThat(lenient.getCell(titles.indexOf("Agreement with decision")).getCellStyle().getDataFormatString()).isEqualTo("0%");
        assertThat(lenient.getCell(titles.indexOf("Mean")).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:" + org.apache.poi.ss.util.CellReference
                .convertNumToColString(titles.size() - 1) + (result.interviewers().size() + 1));
    }

    @Test
    void competencies_sheet_holds_alpha_mean_and_distribution() {
        XSSFSheet sheet = book.getSheet("Competencies");
        List<String> titles = titles(sheet);
        assertThat(sheet.getLastRowNum()).isEqualTo(COMPETENCIES.length);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            CompetencyStats stats = result.competencies().get(r - 1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(stats.name());
            assertThat(number(row, titles, "Alpha (ordinal)")).isEqualTo(stats.alphaOrdinal());
            assertThat(number(row, titles, "Mean")).isEqualTo(stats.mean());
            for (int level = 1; level <= 4; level++) {
                int wanted = level;
                long counted = rows.stream().filter(x -> x.competency().equals(stats.name()) && x.value() == wanted).count();
                assertThat(number(row, titles, "Level " + level)).as("level %d of %s", level, stats.name()).isEqualTo(counted);
            }
        }
    }

    @Test
    void fair_scores_sit_beside_raw_means_and_rank_changes_are_marked() {
        XSSFSheet sheet = book.getSheet("Fair scores");
        List<String> titles = titles(sheet);
        assertThat(sheet.getLastRowNum()).isEqualTo(result.candidates().size());
        int moved = 0;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            CandidateStats stats = result.candidates().get(r - 1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(stats.name());
            assertThat(number(row, titles, "Raw mean")).isEqualTo(stats.rawMean());
            assertThat(number(row, titles, "Fair score")).isEqualTo(stats.fairScore());
            assertThat(number(row, titles, "Fair score SE")).isEqualTo(stats.fairSe());
            Cell change = row.getCell(titles.indexOf("Rank change"));
            int shift = stats.rankRaw() - stats.rankFair();
            assertThat(change == null ? "" : change.getStringCellValue())
                    .isEqualTo(shift == 0 ? "" : (shift > 0 ? "up " : "down ") + Math.abs(shift));
            moved += shift == 0 ? 0 : 1;
        }
        assertThat(moved).as("the lenient and the harsh interviewer move some candidates").isPositive();
    }

    @Test
    void matrix_cells_are_each_interviewers_mean_rating_of_each_candidate() {
        XSSFSheet sheet = book.getSheet("Matrix");
        List<String> titles = titles(sheet);
        assertThat(titles.subList(1, titles.size())).containsExactlyElementsOf(result.interviewers().stream().map(InterviewerStats::name).toList());
        assertThat(sheet.getLastRowNum()).isEqualTo(24);
        int cells = 0;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String candidate = row.getCell(0).getStringCellValue();
            for (int c = 1; c < titles.size(); c++) {
                String interviewer = titles.get(c);
                double expected = rows.stream().filter(x -> x.candidate().equals(candidate) && x.interviewer().equals(interviewer))
                        .mapToInt(RatingRow::value).average().orElse(Double.NaN);
                Cell cell = row.getCell(c);
                if (Double.isNaN(expected)) {
                    assertThat(cell).isNull();
                } else {
                    assertThat(cell.getNumericCellValue()).isCloseTo(expected, within(1e-12));
                    cells++;
                }
            }
        }
        assertThat(cells).isEqualTo(24 * 3);
        assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
    }

    @Test
    void raw_sheet_has_one_row_per_rating() {
        XSSFSheet sheet = book.getSheet("Raw");
        assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
        for (int r = 1; r <= rows.size(); r++) {
            RatingRow expected = rows.get(r - 1);
            Row row = sheet.getRow(r);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.candidate());
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo(expected.interviewer());
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo(expected.competency());
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(expected.value());
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo(expected.recommendation().label());
        }
    }

    @Test
    void method_explains_every_statistic_with_its_reference() {
        XSSFSheet sheet = book.getSheet("Method");
        assertThat(sheet.getLastRowNum()).isEqualTo(CalibrationMethod.values().length + ReferenceSheets.WORKBOOK_METHOD.size());
        for (CalibrationMethod method : CalibrationMethod.values()) {
            Row row = sheet.getRow(method.ordinal() + 1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(method.statistic());
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(method.description());
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(method.reference());
        }
    }

    @Test
    void drills_sheet_says_who_is_calibrated_for_each_competency_they_rated() {
        XSSFSheet sheet = book.getSheet("Drills");
        assertThat(sheet.getLastRowNum()).isEqualTo(6 * COMPETENCIES.length);
        Map<String, Row> ana = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row.getCell(0).getStringCellValue().equals("Ana Silva")) {
                ana.put(row.getCell(1).getStringCellValue(), row);
            } else {
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo("no");
            }
        }
        assertThat(ana.keySet()).containsExactlyInAnyOrder(COMPETENCIES);
        assertThat(ana.get("Delivery").getCell(2).getStringCellValue()).isEqualTo("yes");
        assertThat(ana.get("Delivery").getCell(3).getNumericCellValue()).isEqualTo(0.82);
        assertThat(ana.get("Delivery").getCell(4).getLocalDateTimeCellValue()).isEqualTo("2025-01-10T09:00");
        assertThat(ana.get("Architecture").getCell(2).getStringCellValue()).isEqualTo("no");
    }

    @Test
    void names_that_could_start_a_formula_stay_text_on_every_sheet() {
        for (String name : List.of("Interviewers", "Fair scores", "Matrix", "Raw", "Drills", "Summary")) {
            XSSFSheet sheet = book.getSheet(name);
            List<Cell> risky = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && Set.of(RISKY_CANDIDATE, RISKY_INTERVIEWER).contains(cell.getStringCellValue())) {
                    risky.add(cell);
                }
            }));
            assertThat(risky).as(name).isNotEmpty();
            assertThat(risky).as(name).allSatisfy(cell -> assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue());
        }
        assertThat(book.getSheet("Matrix").getRow(0).getCell(1).getStringCellValue()).isEqualTo(RISKY_INTERVIEWER);
        assertThat(book.getSheet("Matrix").getRow(0).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
    }

    private int[] agreementOf(String interviewer) {
        Map<Long, Recommendation> byLoop = new HashMap<>();
        rows.stream().filter(r -> r.interviewer().equals(interviewer)).forEach(r -> byLoop.put(r.loopId(), r.recommendation()));
        int compared = 0;
        int agreed = 0;
        for (Map.Entry<Long, Recommendation> e : byLoop.entrySet()) {
            Outcome outcome = outcomes.get(e.getKey());
            if (outcome != null) {
                compared++;
                boolean yes = e.getValue() == Recommendation.YES || e.getValue() == Recommendation.STRONG_YES;
                agreed += yes == (outcome == Outcome.HIRE) ? 1 : 0;
            }
        }
        return new int[] {compared, agreed};
    }

    private static List<String> titles(XSSFSheet sheet) {
        List<String> titles = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> titles.add(cell.getStringCellValue()));
        return titles;
    }

    private static double number(Row row, List<String> titles, String title) {
        assertThat(titles).contains(title);
        Cell cell = row.getCell(titles.indexOf(title));
        return cell == null ? Double.NaN : cell.getNumericCellValue();
    }

    private static Row rowNamed(XSSFSheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + name);
    }
}
