package dev.panel.question.api;

import dev.panel.audit.AuditLog;
import dev.panel.question.ImportPreview;
import dev.panel.question.ImportRequest;
import dev.panel.question.ImportResult;
import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.role.Requirement;
import dev.panel.testing.ApiTest;
import dev.panel.testing.LibraryFixture;
import dev.panel.testing.Names;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.panel.question.QuestionKind.BEHAVIOURAL;
import static dev.panel.question.QuestionKind.TECHNICAL;
import static dev.panel.question.QuestionLevel.FOUNDATIONAL;
import static dev.panel.question.QuestionLevel.INTERMEDIATE;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class QuestionImportApiIT extends ApiTest {

    @Inject
    LibraryFixture library;
    @Inject
    QuestionService questions;
    @Inject
    AuditLog audit;


    String word;
    long competency;
    long roleId;

    @BeforeAll
    void prepare() {
        word = LibraryFixture.uniqueWord();
        competency = library.competencyNamed("Capacity " + word + " planning");
        roleId = library.role(new Requirement(competency, 3, true)).role().id();
    }

    @Test
    void a_pasted_page_previews_as_questions_with_their_fields_duplicates_and_suggested_competencies() {
        String inBank = "How do you plan " + word + " capacity for a launch?";
        long bankId = library.question(inBank, TECHNICAL, INTERMEDIATE, 10, List.of(competency), List.of());
        String page = """
                Intermediate questions

                1. “how do you plan %1$s capacity for a LAUNCH”?
                2. How would you plan %1$s capacity for a launch?
                3. Tell me about a time your %1$s forecast was wrong.
                Why they ask: to see whether you learn from misses.
                STAR guidance:
                - Situation: the forecast and the miss
                Sample answer: We under-planned by half and added a buffer rule.
                Related: 10 planning templates
                """.formatted(word);

        var response = hiringManager.post("/api/question-imports/preview", "text/plain", page.getBytes(StandardCharsets.UTF_8));

        ImportPreview preview = read(response, 200, ImportPreview.class);
        assertThat(preview.questions()).extracting(i -> i.found().text()).containsExactly(
                "how do you plan " + word + " capacity for a LAUNCH",
                "How would you plan " + word + " capacity for a launch?",
                "Tell me about a time your " + word + " forecast was wrong.");
        dev.panel.question.FoundQuestion star = preview.questions().get(2).found();
        assertThat(star.kind()).isEqualTo(BEHAVIOURAL);
        assertThat(star.level()).isEqualTo(INTERMEDIATE);
        assertThat(star.section()).isEqualTo("Intermediate questions");
        assertThat(star.signal()).isEqualTo("to see whether you learn from misses.");
        assertThat(star.guidance()).containsExactly("Situation: the forecast and the miss");
        assertThat(star.answer()).isEqualTo("We under-planned by half and added a buffer rule.");
        assertThat(preview.questions().get(2).duplicateOf()).isNull();
        assertThat(preview.questions().get(0).duplicateOf()).isEqualTo(new ImportPreview.BankMatch(bankId, inBank, true));
        assertThat(preview.questions().get(1).duplicateOf()).isEqualTo(new ImportPreview.BankMatch(bankId, inBank, false));
        assertThat(preview.questions()).allSatisfy(q -> assertThat(q.suggestedCompetencyIds()).startsWith(competency));
        assertThat(preview.warnings()).contains("Ignored 1 line that looked like links, ads or page furniture.");
        assertThat(response.body()).contains("\"questions\":[{\"text\":", "\"kind\":\"BEHAVIOURAL\"", "\"warnings\":[");
    }

    @Test
    void a_page_without_questions_says_so() {
        ImportPreview preview = read(hiringManager.post("/api/question-imports/preview", "text/plain",
                "We grew the team to forty people.\nSubscribe for more.".getBytes(StandardCharsets.UTF_8)), 200, ImportPreview.class);
        assertThat(preview.questions()).isEmpty();
        assertThat(preview.warnings()).first().asString().startsWith("No questions found.");
    }

    @Test
    void a_reviewed_list_is_added_to_the_role_skipping_bank_repeats_and_the_import_is_audited() {
        String marker = LibraryFixture.uniqueWord();
        String repeated = "What does " + marker + " readiness mean to you?";
        long existing = library.question(repeated, TECHNICAL, FOUNDATIONAL, 10, List.of(competency), List.of());
        ImportRequest request = new ImportRequest(roleId, false, "Head of engineering article", List.of(
                item("How do you size the " + marker + " backlog?", List.of("Say what you measure"), "By throughput."),
                item("WHAT does " + marker + " readiness mean to you", null, null),
                item("Describe a " + marker + " plan that failed.", null, null)));

        ImportResult result = read(hiringManager.postJson("/api/question-imports", toJson(request)), 200, ImportResult.class);

        assertThat(result.importedIds()).hasSize(2);
        assertThat(result.skipped()).containsExactly(new ImportResult.Skipped(2, "WHAT does " + marker + " readiness mean to you", existing));
        List<QuestionView> found = questions.page(new QuestionFilter(roleId, null, null, null, marker), 0, 10);
        assertThat(found).extracting(v -> v.question().text())
                .containsExactlyInAnyOrder("How do you size the " + marker + " backlog?", "Describe a " + marker + " plan that failed.");
        QuestionView sized = questions.get(result.importedIds().get(0));
        assertThat(sized.question().guidance()).containsExactly("Say what you measure");
        assertThat(sized.question().sampleAnswer()).isEqualTo("By throughput.");
        assertThat(sized.question().source()).isEqualTo("Head of engineering article");
        assertThat(sized.question().minutes()).isEqualTo(10);
        assertThat(sized.competencyIds()).containsExactly(competency);
        assertThat(audit.about("role:" + roleId)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("questions.imported");
            assertThat(e.actor()).isEqualTo(manager.username());
            assertThat(e.detail()).startsWith("2 imported, 1 skipped");
        });
    }

    @Test
    void a_list_with_one_bad_question_imports_nothing_and_names_the_field() {
        String marker = LibraryFixture.uniqueWord();
        ImportRequest request = new ImportRequest(roleId, false, null, List.of(
                item("Is the " + marker + " rota fair?", null, null),
                new ImportRequest.Item("How do you " + marker + "?", TECHNICAL, null, null, null, null, List.of(competency), null)));

        assertRefused(hiringManager.postJson("/api/question-imports", toJson(request)), 400, "invalid_input", "questions[2].level");
        ImportRequest unknownCompetency = new ImportRequest(roleId, false, null, List.of(item("Is the " + marker + " rota fair?", null, null),
                new ImportRequest.Item("How do you " + marker + "?", TECHNICAL, INTERMEDIATE, null, null, null, List.of(-5L), null)));
        assertRefused(hiringManager.postJson("/api/question-imports", toJson(unknownCompetency)), 400, "invalid_input", "questions[2]", "-5");

        assertThat(questions.count(new QuestionFilter(null, null, null, null, marker))).isZero();
        assertRefused(hiringManager.postJson("/api/question-imports", toJson(new ImportRequest(null, false, null, List.of()))), 400,
                "invalid_input", "roleId");
    }

    @Test
    void only_hiring_managers_import() {
        var interviewer = signedIn(Role.INTERVIEWER);
        assertRefused(interviewer.post("/api/question-imports/preview", "text/plain", "1. Why?".getBytes(StandardCharsets.UTF_8)),
                403, "forbidden", "hiring manager");
        assertRefused(interviewer.postJson("/api/question-imports", toJson(new ImportRequest(roleId, false, null,
                List.of(item("Why " + LibraryFixture.uniqueWord() + "?", null, null))))), 403, "forbidden");
        assertThat(anonymous().post("/api/question-imports/preview", "text/plain", "1. Why?".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(401);
    }

    private ImportRequest.Item item(String text, List<String> guidance, String answer) {
        return new ImportRequest.Item(text, TECHNICAL, INTERMEDIATE, "Whether they plan ahead.", guidance, answer, List.of(competency), null);
    }

}
