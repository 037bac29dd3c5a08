package dev.panel.export.api;

import dev.panel.audit.AuditLog;
import dev.panel.calibration.CalibrationAnalysis;
import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.CalibrationResult.InterviewerStats;
import dev.panel.calibration.Rating;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CalibrationWorkbookApiIT implements DatabaseTest {

    private static final String RISKY = "=1+2";
    private static final String[][] RATINGS = {
        {RISKY, "Sam Reyes", "Architecture", "3"}, {RISKY, "Lee Chan", "Architecture", "4"}, {RISKY, "Sam Reyes", "Delivery", "2"},
        {RISKY, "Lee Chan", "Delivery", "4"}, {"Ben Ode", "Sam Reyes", "Architecture", "1"}, {"Ben Ode", "Lee Chan", "Architecture", "3"},
        {"Ben Ode", "Sam Reyes", "Delivery", "2"}, {"Ben Ode", "Lee Chan", "Delivery", "3"}, {"Cy Dunn", "Lee Chan", "Architecture", "4"},
        {"Cy Dunn", "Ria Bose", "Architecture", "3"}, {"Cy Dunn", "Lee Chan", "Delivery", "3"}, {"Cy Dunn", "Ria Bose", "Delivery", "1"}};

    @Inject
    ApiUsers users;
    @Inject
    ApiJson json;
    @Inject
    AuditLog audit;

    PanelClient recruiter;

    @BeforeAll
    void signIn() {
        recruiter = users.person(Role.RECRUITER).client();
    }

    private String importDataset() {
        String name = Names.unique("Calibration");
        StringBuilder csv = new StringBuilder("candidate,interviewer,competency,rating,date\n");
        for (String[] r : RATINGS) {
            csv.append(String.join(",", r)).append(",2024-03-01\n");
        }
        json.read(recruiter.post("/api/ratings/import?dataset=" + encode(name), "text/csv", csv.toString()), 201, java.util.Map.class);
        return name;
    }

    @Test
    void a_datasets_workbook_downloads_with_every_sheet_and_the_statistics_of_its_ratings() throws IOException {
        String dataset = importDataset();
        List<Rating> ratings = new ArrayList<>();
        for (String[] r : RATINGS) {
            ratings.add(Rating.of(r[0], r[1], r[2], Integer.parseInt(r[3]), 4));
        }
        CalibrationResult expected = new CalibrationAnalysis().analyse(ratings);

        HttpResponse<byte[]> response = recruiter.getBytes("/api/calibration/workbook?dataset=" + encode(dataset) + "&from=2024-01-01");

        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(ExportController.XLSX);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("calibration.xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Summary", "Interviewers", "Competencies", "Fair scores", "Matrix", "Raw", "Drills", "Questions",
                    "Validity", "Method");
            XSSFSheet interviewers = book.getSheet("Interviewers");
            assertThat(interviewers.getLastRowNum()).isEqualTo(3);
            for (int r = 1; r <= 3; r++) {
                Row row = interviewers.getRow(r);
                InterviewerStats stats = expected.interviewers().get(r - 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(stats.name());
                assertThat(row.getCell(5).getNumericCellValue()).as("leniency of %s", stats.name()).isEqualTo(stats.leniency());
                assertThat(row.getCell(7).getNumericCellValue()).as("severity of %s", stats.name()).isEqualTo(stats.severity());
            }
            assertThat(book.getSheet("Raw").getLastRowNum()).isEqualTo(RATINGS.length);
            assertThat(book.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(1);
            Row risky = book.getSheet("Fair scores").getRow(1);
            assertThat(risky.getCell(0).getStringCellValue()).isEqualTo(RISKY);
            assertThat(risky.getCell(0).getCellStyle().getQuotePrefixed()).as("neutralised").isTrue();
            assertThat(book.getSheet("Drills").getLastRowNum()).as("imported interviewers are not Panel's users").isZero();
        }
        assertThat(audit.about("calibration.xlsx")).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("ratings.exported");
            assertThat(e.detail()).isEqualTo("dataset \"" + dataset + "\", 2024-01-01 to …; " + RATINGS.length + " ratings");
        });
    }

    @Test
    void interviewers_may_not_download_it_and_bad_filters_are_named() {
        PanelClient interviewer = users.person(Role.INTERVIEWER).client();

        assertThat(json.error(interviewer.get("/api/calibration/workbook"), 403).message()).contains("read ratings");
        assertThat(json.error(recruiter.get("/api/calibration/workbook?to=yesterday"), 400).message())
                .isEqualTo("'to' is a day such as 2025-03-31; 'yesterday' is not.");
        assertThat(json.error(recruiter.get("/api/calibration/workbook?dataset=" + encode(Names.unique("Missing"))), 404).message())
                .contains("no imported dataset");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
