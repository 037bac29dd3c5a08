package dev.panel.question.api;

import dev.panel.question.ImportResult;
import dev.panel.question.QuestionDraft;
import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.question.xlsx.QuestionWorkbook;
import dev.panel.role.Requirement;
import dev.panel.testing.ApiTest;
import dev.panel.testing.LibraryFixture;
import dev.panel.testing.Names;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import static dev.panel.question.QuestionKind.BEHAVIOURAL;
import static dev.panel.question.QuestionKind.TECHNICAL;
import static dev.panel.question.QuestionLevel.DEEP_TECHNICAL;
import static dev.panel.question.QuestionLevel.STRATEGIC;
import static org.assertj.core.api.Assertions.assertThat;

/** The bank goes out to xlsx and comes back without losing a field; bad sheets are refused by sheet, row and column. */
@MicronautTest(transactional = false)
class QuestionSpreadsheetApiIT extends ApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    LibraryFixture library;
    @Inject
    QuestionService questions;
    @Inject
    QuestionWorkbook workbook;

    String marker;
    QuestionDraft full;
    QuestionDraft formulaLike;

    @BeforeAll
    void bank() {
        marker = LibraryFixture.uniqueWord();
        long reliability = library.competency();
        long delivery = library.competency();
        long role = library.role(new Requirement(reliability, 3, true)).role().id();
        full = new QuestionDraft(Names.unique("rt"), "How do you run " + marker + " incident reviews?", TECHNICAL, DEEP_TECHNICAL,
                List.of(reliability, delivery), List.of(role), "Whether reviews change what the team does.",
                List.of("Who writes the timeline?", "What happened to the last action item?"), List.of("Actions with owners and dates"),
                List.of("Blames a person"), 25, "Written for the round-trip test", List.of("Situation: one real incident", "Tip: bring numbers"),
                "We review within five days.\n\nEach review ends with at most three actions.", null);
        formulaLike = new QuestionDraft(null, "=HYPERLINK(\"http://example.org\") " + marker + " – what would you cut first?", BEHAVIOURAL,
                STRATEGIC, List.of(delivery), List.of(), "-5% budget judgement", List.of(), List.of(), List.of(), 10, null, List.of(), null, null);
        Actor author = Actor.of(manager);
        questions.create(author, full);
        questions.create(author, formulaLike);
    }

    @Test
    void the_exported_bank_reads_back_into_the_same_questions_field_by_field() throws IOException {
        var response = signedIn(Role.RECRUITER).download("/api/questions/export");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));

        List<QuestionDraft> read = workbook.read(response.body());

        assertThat(read).filteredOn(d -> d.text().equals(full.text())).singleElement().usingRecursiveComparison()
                .ignoringCollectionOrderInFields("competencyIds").isEqualTo(full);
        assertThat(read).filteredOn(d -> d.text().equals(formulaLike.text())).singleElement().usingRecursiveComparison()
                .ignoringFields("guidance").isEqualTo(formulaLike);
        assertThat(read).hasSize((int) questions.count(QuestionFilter.all()));
        try (XSSFWorkbook sheet = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Cell formula = rowWith(sheet.getSheet("Questions"), formulaLike.text()).getCell(1);
            assertThat(formula.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(formula.getCellStyle().getQuotePrefixed()).as("typed text that looks like a formula stays text").isTrue();
        }
    }

    @Test
    void an_uploaded_sheet_adds_its_new_questions_and_skips_those_already_in_the_bank() throws IOException {
        String newText = "How do you plan " + LibraryFixture.uniqueWord() + " capacity?";
        byte[] edited = exportWithCopyOfFullQuestion(newText, null);
        int rows = (int) questions.count(QuestionFilter.all());

        ImportResult result = read(hiringManager.post("/api/question-imports/xlsx", XLSX, edited), 200, ImportResult.class);

        assertThat(result.importedIds()).hasSize(1);
        assertThat(result.skipped()).hasSize(rows - 1);
        QuestionView added = questions.get(result.importedIds().get(0));
        assertThat(added.question().text()).isEqualTo(newText);
        assertThat(added.question().guidance()).isEqualTo(full.guidance());
        assertThat(added.question().sampleAnswer()).isEqualTo(full.sampleAnswer());
        assertThat(added.question().probes()).isEqualTo(full.probes());
        assertThat(added.competencyIds()).containsExactlyInAnyOrderElementsOf(full.competencyIds());
        assertThat(added.roleIds()).isEqualTo(full.roleIds());
    }

    @Test
    void a_bad_cell_refuses_the_whole_sheet_naming_sheet_row_and_column() throws IOException {
        String newText = "Who owns " + LibraryFixture.uniqueWord() + " releases?";
        byte[] edited = exportWithCopyOfFullQuestion(newText, "Trivia");

        var response = hiringManager.post("/api/question-imports/xlsx", XLSX, edited);

        assertRefused(response, 400, "invalid_input", "Sheet \"Questions\", row ", ", column C (Kind) holds \"Trivia\"");
        assertThat(questions.count(new QuestionFilter(null, null, null, null, newText))).isZero();
        assertRefused(hiringManager.post("/api/question-imports/xlsx", XLSX, "not a spreadsheet".getBytes()), 400, "invalid_input",
                "not an xlsx spreadsheet");
        assertRefused(signedIn(Role.INTERVIEWER).post("/api/question-imports/xlsx", XLSX, edited), 403, "forbidden");
    }

    /** The exported bank, with the full question's row turned into a new question: another key and text, and maybe another kind. */
    private byte[] exportWithCopyOfFullQuestion(String newText, String kind) throws IOException {
        return edit(hiringManager.download("/api/questions/export").body(), full.text(), row -> {
            set(row, 0, Names.unique("rt"));
            set(row, 1, newText);
            if (kind != null) {
                set(row, 2, kind);
            }
        });
    }

    private static Row rowWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && text.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + text);
    }

    /**
     * Types a new value into a cell. The export writes inline strings, whose text POI's setCellValue does not
     * replace (it sets only the cached value), so the cell is made anew, as a spreadsheet program would.
     */
    private static void set(Row row, int column, String value) {
        row.removeCell(row.getCell(column));
        row.createCell(column).setCellValue(value);
    }

    private static byte[] edit(byte[] xlsx, String text, Consumer<Row> change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(rowWith(book.getSheet("Questions"), text));
            book.write(out);
            return out.toByteArray();
        }
    }
}
