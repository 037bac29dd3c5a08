package dev.panel.ratings.api;

import dev.panel.common.RowProblem;
import dev.panel.common.api.ApiError;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class RatingImportApiIT implements DatabaseTest {

    private static final String CSV = """
            candidate,interviewer,competency,rating,date,recommendation
            Ada Park,Sam Reyes,Architecture,3,2024-03-01,hire
            Ada Park,Lee Chan,Architecture,4,2024-03-02,strong hire
            Ben Ode,Sam Reyes,Delivery,2,2024-05-10,no hire
            """;

    @Inject
    ApiUsers users;
    @Inject
    ApiJson json;

    PanelClient recruiter;
    PanelClient interviewer;

    @BeforeAll
    void signIn() {
        recruiter = users.person(Role.RECRUITER).client();
        interviewer = users.person(Role.INTERVIEWER).client();
    }

    private static String importOf(String dataset) {
        return "/api/ratings/import?dataset=" + URLEncoder.encode(dataset, StandardCharsets.UTF_8);
    }

    @Test
    void a_csv_file_becomes_a_named_dataset_and_the_answer_says_how_many_ratings() {
        String name = Names.unique("Workday 2024");

        Map<?, ?> answer = json.read(recruiter.post(importOf(name), "text/csv", CSV), 201, Map.class);

        assertThat(answer.get("dataset")).isEqualTo(name);
        assertThat(answer.get("ratings")).isEqualTo(3);
        assertThat(json.readList(recruiter.get("/api/ratings/datasets"), 200, Map.class))
                .anySatisfy(d -> {
                    assertThat(d.get("name")).isEqualTo(name);
                    assertThat(d.get("ratingCount")).isEqualTo(3);
                });
    }

    @Test
    void a_file_with_bad_rows_is_refused_with_every_bad_row_by_number_and_why() {
        String name = Names.unique("Bad");
        String bad = CSV + "Cy Lam,Sam Reyes,Architecture,9,2024-05-11,\nDee Fox,Sam Reyes,,2,11/05/2024,\n";

        HttpResponse<String> response = recruiter.post(importOf(name), "text/csv", bad);

        ApiError error = json.error(response, 400);
        assertThat(error.error()).isEqualTo("invalid_input");
        assertThat(error.message()).startsWith("2 rows are not valid, so nothing was imported.");
        assertThat(error.rows()).containsExactly(
                new RowProblem(5, "rating 9 is off the scale of 1 to 4."),
                new RowProblem(6, "competency is empty; date '11/05/2024' is not an ISO date such as 2024-03-31."));
        assertThat(json.readList(recruiter.get("/api/ratings/datasets"), 200, Map.class)).noneMatch(d -> name.equals(d.get("name")));
    }

    @Test
    void other_errors_keep_the_two_field_shape() {
        assertThat(recruiter.post("/api/ratings/import", "text/csv", CSV).body()).doesNotContain("\"rows\"")
                .contains("The dataset name is required.");
    }

    @Test
    void a_taken_name_is_a_conflict() {
        String name = Names.unique("Twice");
        json.read(recruiter.post(importOf(name), "text/csv", CSV), 201, Map.class);

        assertThat(json.error(recruiter.post(importOf(name), "text/csv", CSV), 409).message())
                .contains("A dataset named \"" + name + "\" was imported by");
    }

    @Test
    void interviewers_may_not_import() {
        json.error(interviewer.post(importOf(Names.unique("No")), "text/csv", CSV), 403);
    }

    /** Past the 2 MB kept in memory for other requests, an upload waits in a temporary file. */
    @Test
    void a_file_larger_than_an_ordinary_request_is_imported_whole() {
        StringBuilder csv = new StringBuilder("candidate,interviewer,competency,rating,date\n");
        int rows = 60_000;
        for (int i = 0; i < rows; i++) {
            csv.append("Candidate number ").append(i / 6).append(",Interviewer ").append(i % 17).append(",Competency ").append(i % 6)
                    .append(',').append(1 + i % 4).append(",2024-01-").append(String.format("%02d", 1 + i % 28)).append('\n');
        }
        assertThat(csv.length()).isGreaterThan(2 * 1024 * 1024);

        Map<?, ?> answer = json.read(recruiter.post(importOf(Names.unique("Large")), "text/csv", csv.toString()), 201, Map.class);

        assertThat(answer.get("ratings")).isEqualTo(rows);
    }

    /** A spreadsheet as people make one: a header row, text, whole numbers and a real date cell. */
    private static byte[] spreadsheet(Object[]... rows) throws java.io.IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Ratings");
            org.apache.poi.ss.usermodel.CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof java.time.LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void an_xlsx_spreadsheet_imports_like_its_csv_with_dates_and_numbers_as_typed() throws Exception {
        String name = Names.unique("From Excel");
        byte[] file = spreadsheet(new Object[] {"candidate", "interviewer", "competency", "rating", "date"},
                new Object[] {"Ada Park", "Sam Reyes", "Architecture", 3, java.time.LocalDate.of(2024, 3, 1)},
                new Object[] {"Ada Park", "Lee Chan", "Architecture", 4, java.time.LocalDate.of(2024, 3, 2)});

        Map<?, ?> answer = json.read(recruiter.post(importOf(name), XLSX, file), 201, Map.class);

        assertThat(answer.get("ratings")).isEqualTo(2);
        Map<?, ?> calibration = json.read(recruiter.get("/api/calibration?dataset=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&from=2024-03-02&to=2024-03-02"), 200, Map.class);
        assertThat(((Map<?, ?>) calibration.get("overall")).get("ratings")).as("the date cell became 2 March 2024").isEqualTo(1);
    }

    @Test
    void a_spreadsheet_with_a_bad_row_names_it_by_its_row_in_the_sheet_and_imports_nothing() throws Exception {
        String name = Names.unique("Bad Excel");
        byte[] file = spreadsheet(new Object[] {"candidate", "interviewer", "competency", "rating"},
                new Object[] {"Ada Park", "Sam Reyes", "Architecture", 3},
                new Object[] {"Ben Ode", "Sam Reyes", "Architecture", 7});

        ApiError error = json.error(recruiter.post(importOf(name), XLSX, file), 400);

        assertThat(error.rows()).containsExactly(new RowProblem(3, "rating 7 is off the scale of 1 to 4."));
        assertThat(json.readList(recruiter.get("/api/ratings/datasets"), 200, Map.class)).noneMatch(d -> name.equals(d.get("name")));
    }

    @Test
    void a_file_that_is_not_a_spreadsheet_is_refused_with_a_message() {
        ApiError error = json.error(recruiter.post(importOf(Names.unique("Junk")), XLSX, "candidate,interviewer".getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(error.message()).isNotBlank().doesNotContain("Exception");
    }
}
