package dev.panel.outcome.api;

import dev.panel.common.RowProblem;
import dev.panel.common.api.ApiError;
import dev.panel.loop.LoopView;
import dev.panel.outcome.HireOutcomes;
import dev.panel.outcome.OutcomeReader;
import dev.panel.outcome.OutcomeRow;
import dev.panel.outcome.OutcomeView;
import dev.panel.ratings.RatingFilter;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.HireFixture;
import dev.panel.testing.PanelClient;
import dev.panel.testing.SignedIn;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Hires' outcomes through the API: recorded, listed, refused with the service's sentence, imported from CSV and xlsx. */
@MicronautTest(transactional = false)
class OutcomeApiIT implements DatabaseTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ApiUsers users;
    @Inject
    ApiJson json;
    @Inject
    HireFixture hires;
    @Inject
    OutcomeReader reader;

    PanelClient recruiter;
    SignedIn manager;
    SignedIn interviewer;
    PanelClient otherInterviewer;
    long review;

    @BeforeAll
    void signIn() {
        List<SignedIn> people = users.people(Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.INTERVIEWER);
        recruiter = people.get(0).client();
        manager = people.get(1);
        interviewer = people.get(2);
        otherInterviewer = people.get(3).client();
        review = json.readList(recruiter.get("/api/outcome-checkpoints"), 200, Map.class).stream()
                .filter(c -> c.get("name").equals("90-day review")).map(c -> ((Number) c.get("id")).longValue()).findFirst().orElseThrow();
    }

    private LoopView hire() {
        return hires.hired(interviewer.user(), Actor.of(manager.user()));
    }

    private static String outcomesOf(LoopView hire) {
        return "/api/candidates/" + hire.loop().candidateId() + "/outcomes";
    }

    @Test
    void an_outcome_is_recorded_listed_and_removed() {
        LoopView hire = hire();

        OutcomeView stored = json.read(recruiter.postJson(outcomesOf(hire), json.write(Map.of("checkpointId", review, "level", 4,
                "stillEmployed", true, "observedOn", "2025-06-30"))), 201, OutcomeView.class);

        List<HireOutcomes> listed = json.readList(manager.client().get(outcomesOf(hire)), 200, HireOutcomes.class);
        assertThat(listed).singleElement().satisfies(h -> assertThat(h.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(stored.id());
            assertThat(o.level()).isEqualTo(4);
            assertThat(o.checkpoint()).isEqualTo("90-day review");
            assertThat(o.observedOn()).hasToString("2025-06-30");
        }));
        assertThat(recruiter.delete(outcomesOf(hire) + "/" + stored.id()).statusCode()).isEqualTo(204);
        assertThat(json.readList(recruiter.get(outcomesOf(hire)), 200, HireOutcomes.class).get(0).outcomes()).isEmpty();
    }

    @Test
    void bad_input_is_a_400_with_the_services_sentence() {
        LoopView hire = hire();

        ApiError offScale = json.error(recruiter.postJson(outcomesOf(hire), json.write(Map.of("checkpointId", review, "level", 9))), 400);
        ApiError nothing = json.error(recruiter.postJson(outcomesOf(hire), json.write(Map.of("checkpointId", review))), 400);

        assertThat(offScale.message()).isEqualTo("The rating 9 is off the scale of \"90-day review\", which runs from 1 to 5.");
        assertThat(nothing.message()).isEqualTo("Give a rating, whether they are still employed, or both.");
    }

    @Test
    void interviewers_get_403_and_see_nothing_through_the_api_or_the_outcome_reader() {
        LoopView hire = hire();
        json.read(recruiter.postJson(outcomesOf(hire), json.write(Map.of("checkpointId", review, "level", 2))), 201, OutcomeView.class);

        assertThat(json.error(interviewer.client().get(outcomesOf(hire)), 403).message()).contains("may see or record hires' later outcomes");
        assertThat(json.error(otherInterviewer.get(outcomesOf(hire)), 403)).isNotNull();
        assertThat(json.error(interviewer.client().postJson(outcomesOf(hire), json.write(Map.of("checkpointId", review, "level", 5))), 403))
                .isNotNull();
        List<OutcomeRow> seen = new ArrayList<>();
        reader.each(Actor.of(interviewer.user()), new RatingFilter(null, hire.loop().candidateId(), null, null, null, null), seen::add);
        assertThat(seen).isEmpty();
        reader.each(Actor.of(manager.user()), new RatingFilter(null, hire.loop().candidateId(), null, null, null, null), seen::add);
        assertThat(seen).extracting(OutcomeRow::value).containsExactly(2);
    }

    @Test
    void a_csv_file_with_a_bad_row_is_refused_whole_naming_the_row() {
        LoopView hire = hire();
        String csv = "candidate,checkpoint,rating\n" + hire.loop().candidateId() + ",90-day review,3\n" + hire.loop().candidateId() + ",1-year performance,0\n";

        ApiError refusal = json.error(recruiter.post("/api/outcomes/import", "text/csv", csv), 400);

        assertThat(refusal.message()).startsWith("1 row is not valid, so nothing was imported.");
        assertThat(refusal.rows()).containsExactly(new RowProblem(3, "the rating 0 is off the scale of \"1-year performance\", which runs from 1 to 5."));
        assertThat(json.readList(recruiter.get(outcomesOf(hire)), 200, HireOutcomes.class).get(0).outcomes()).isEmpty();
    }

    @Test
    void an_xlsx_file_is_imported_like_a_csv_file_and_its_bad_rows_carry_the_spreadsheets_row_numbers() throws IOException {
        LoopView hire = hire();
        String competency = hire.loop().planSnapshot().stages().get(0).focus().get(0).name();
        byte[] good = workbook(List.of(List.of("candidate", "checkpoint", "competency", "rating", "still_employed"),
                List.of(hire.loop().candidateId(), "90-day review", "", 4, "yes"),
                List.of(hire.loop().candidateId(), "90-day review", competency, 3, "")));

        Map<?, ?> imported = json.read(manager.client().post("/api/outcomes/import", XLSX, good), 201, Map.class);

        assertThat(imported.get("outcomes")).isEqualTo(2);
        assertThat(json.readList(recruiter.get(outcomesOf(hire)), 200, HireOutcomes.class).get(0).outcomes())
                .extracting(OutcomeView::competency, OutcomeView::level).containsExactly(
                        tuple(null, 4), tuple(competency, 3));

        byte[] bad = workbook(List.of(List.of("candidate", "checkpoint", "rating"), List.of(hire.loop().candidateId(), "1-year performance", 2),
                List.of(), List.of(hire.loop().candidateId(), "Annual review", 2)));
        ApiError refusal = json.error(recruiter.post("/api/outcomes/import", XLSX, bad), 400);
        assertThat(refusal.rows()).extracting(RowProblem::row).containsExactly(4L);
        assertThat(refusal.rows().get(0).message()).startsWith("checkpoint 'Annual review' is not one of");
        assertThat(json.readList(recruiter.get(outcomesOf(hire)), 200, HireOutcomes.class).get(0).outcomes())
                .extracting(OutcomeView::checkpoint).containsOnly("90-day review");
    }

    /** A workbook whose first sheet holds these rows; numbers stay numeric cells, as a spreadsheet saves them. */
    private static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Outcomes");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
