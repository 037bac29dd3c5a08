package dev.panel.export.api;

import dev.panel.audit.AuditLog;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopView;
import dev.panel.scorecard.Note;
import dev.panel.scorecard.Rating;
import dev.panel.scorecard.Recommendation;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.scorecard.ScorecardService;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.PanelClient;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ExportApiIT implements DatabaseTest {

    private static final String RISKY = "=HYPERLINK(\"http://evil.example\",\"Click\") said they led the migration";

    @Inject
    ApiUsers users;
    @Inject
    ApiJson json;
    @Inject
    LoopFixture fixture;
    @Inject
    ScorecardService scorecards;
    @Inject
    AuditLog audit;

    PanelClient recruiter;

    @BeforeAll
    void signIn() {
        recruiter = users.person(Role.RECRUITER).client();
    }

    /** A panel of three on the loop's first stage: two submit (ratings 2 and 4), the third keeps a draft. */
    private record Panel(LoopView loop, FrozenPlan.Stage stage, List<User> people, List<Scorecard> submitted) {
    }

    private Panel scoredPanel() {
        List<User> people = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER, Role.INTERVIEWER);
        LoopView loop = fixture.openWithFirstStage(people);
        long interview = loop.interviews().get(0).interview().id();
        FrozenPlan.Stage stage = loop.interviews().get(0).stage();
        List<Scorecard> submitted = new ArrayList<>();
        submitted.add(submit(people.get(0), interview, stage, 2, RISKY, Recommendation.NO));
        submitted.add(submit(people.get(1), interview, stage, 4, "Walked through the rollback plan", Recommendation.STRONG_YES));
        Actor drafting = Actor.of(people.get(2));
        Scorecard draft = scorecards.mine(drafting, interview);
        scorecards.saveMine(drafting, draft.interviewId(), draft.version(), content(stage, 1, "Still a draft", Recommendation.STRONG_NO));
        return new Panel(loop, stage, people, submitted);
    }

    private Scorecard submit(User interviewer, long interview, FrozenPlan.Stage stage, int level, String evidence, Recommendation recommendation) {
        Actor actor = Actor.of(interviewer);
        Scorecard draft = scorecards.mine(actor, interview);
        Scorecard saved = scorecards.saveMine(actor, draft.interviewId(), draft.version(), content(stage, level, evidence, recommendation));
        return scorecards.submit(actor, saved.id());
    }

    private static ScorecardContent content(FrozenPlan.Stage stage, int level, String evidence, Recommendation recommendation) {
        List<Rating> ratings = stage.focus().stream().map(f -> new Rating(f.competencyId(), f.rubricVersionId(), level, evidence)).toList();
        return new ScorecardContent(List.of(new Note(stage.questionIds().get(0), "notes")), ratings, recommendation);
    }

    private XSSFWorkbook download(String query) throws IOException {
        HttpResponse<byte[]> response = recruiter.getBytes("/api/exports/scorecards?" + query);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(ExportController.XLSX);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("scorecards.xlsx"));
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    @Test
    void a_loops_export_has_one_row_per_submitted_rating_with_numbers_as_numbers_and_dates_as_dates() throws IOException {
        Panel panel = scoredPanel();
        int focus = panel.stage().focus().size();

        try (XSSFWorkbook book = download("loop=" + panel.loop().loop().id())) {
            XSSFSheet sheet = book.getSheet("Ratings");
            Row header = sheet.getRow(0);
            List<String> titles = new ArrayList<>();
            header.forEach(cell -> titles.add(cell.getStringCellValue()));
            assertThat(titles).containsExactly("Candidate", "Role", "Stage", "Interviewer", "Competency", "Rating", "Scale",
                    "Recommendation", "Evidence", "Submitted at (UTC)");
            assertThat(sheet.getLastRowNum()).as("the draft is not exported").isEqualTo(2 * focus);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J" + (2 * focus + 1));
            for (int i = 0; i < 2 * focus; i++) {
                Row row = sheet.getRow(i + 1);
                boolean first = i < focus;
                Scorecard card = panel.submitted().get(first ? 0 : 1);
                assertThat(row.getCell(0).getStringCellValue()).startsWith("Candidate-");
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Technical Lead");
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(panel.stage().name());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(panel.people().get(first ? 0 : 1).displayName());
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(panel.stage().focus().get(i % focus).name());
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(first ? 2 : 4);
                assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(4);
                assertThat(row.getCell(7).getStringCellValue()).isEqualTo(first ? "No" : "Strong yes");
                assertThat(row.getCell(8).getStringCellValue()).isEqualTo(first ? RISKY : "Walked through the rollback plan");
                assertThat(row.getCell(8).getCellStyle().getQuotePrefixed()).as("neutralised").isEqualTo(first);
                assertThat(DateUtil.isCellDateFormatted(row.getCell(9))).isTrue();
                assertThat(Duration.between(row.getCell(9).getLocalDateTimeCellValue().toInstant(ZoneOffset.UTC), card.submittedAt()).abs())
                        .isLessThan(Duration.ofSeconds(1));
            }
        }
        assertThat(audit.about("scorecards.xlsx")).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("ratings.exported");
            assertThat(e.detail()).isEqualTo("loop " + panel.loop().loop().id() + "; " + 2 * focus + " ratings");
        });
    }

    @Test
    void each_candidate_has_a_sheet_with_the_panel_side_by_side() throws IOException {
        Panel panel = scoredPanel();
        List<FrozenPlan.Focus> focus = panel.stage().focus();

        try (XSSFWorkbook book = download("candidate=" + panel.loop().loop().candidateId())) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet sheet = book.getSheetAt(1);
            assertThat(sheet.getSheetName()).startsWith("Candidate-");
            List<String> titles = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> titles.add(cell.getStringCellValue()));
            assertThat(titles).containsExactly("Competency", panel.people().get(0).displayName(), panel.people().get(1).displayName(),
                    "Mean", "Spread");
            for (int i = 0; i < focus.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(focus.get(i).name());
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(2);
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(4);
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(3.0);
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(2);
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(focus.size());
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
        }
    }

    @Test
    void a_period_without_submissions_gives_a_workbook_with_headers_only() throws IOException {
        Panel panel = scoredPanel();
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);

        try (XSSFWorkbook book = download("role=" + panel.loop().loop().roleId() + "&from=2020-01-01&to=" + yesterday)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            assertThat(book.getSheet("Ratings").getLastRowNum()).isZero();
        }
    }

    @Test
    void interviewers_may_not_export_and_bad_dates_are_named() {
        PanelClient interviewer = users.person(Role.INTERVIEWER).client();

        assertThat(json.error(interviewer.get("/api/exports/scorecards?role=1"), 403).message()).contains("read ratings");
        assertThat(json.error(recruiter.get("/api/exports/scorecards?from=31/01/2025"), 400).message())
                .isEqualTo("'from' is a day such as 2025-03-31; '31/01/2025' is not.");
        assertThat(json.error(recruiter.get("/api/exports/scorecards?from=2025-02-01&to=2025-01-01"), 400).message())
                .contains("after it ends");
        json.error(recruiter.get("/api/exports/scorecards?loop=999999999"), 404);
    }
}
