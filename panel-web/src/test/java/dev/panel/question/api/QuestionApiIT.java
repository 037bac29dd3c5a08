package dev.panel.question.api;

import dev.panel.question.QuestionDraft;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import dev.panel.question.QuestionView;
import dev.panel.role.Requirement;
import dev.panel.testing.ApiTest;
import dev.panel.testing.LibraryFixture;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.panel.question.QuestionKind.BEHAVIOURAL;
import static dev.panel.question.QuestionKind.SITUATIONAL;
import static dev.panel.question.QuestionKind.TECHNICAL;
import static dev.panel.question.QuestionLevel.FOUNDATIONAL;
import static dev.panel.question.QuestionLevel.INTERMEDIATE;
import static dev.panel.question.QuestionLevel.STRATEGIC;
import static dev.panel.testing.LibraryFixture.newQuestion;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class QuestionApiIT extends ApiTest {

    @Inject
    LibraryFixture library;

    /** The filter tests' competencies and role: only the questions made in {@link #prepare()} use them. */
    long reliability;
    long delivery;
    long roleId;
    /** What the other tests' questions use, so that they never change what a filter finds. */
    long craft;
    long communication;
    long otherRoleId;
    /** Markers that make each question of the filter tests findable by its text alone. */
    String pagerMarker;
    String budgetMarker;
    long pager;
    long budget;
    long migration;
    long onCall;

    /** Three questions of one role and one of no role, over two competencies no other test uses. */
    @BeforeAll
    void prepare() {
        reliability = library.competency();
        delivery = library.competency();
        roleId = library.role(new Requirement(reliability, 3, true), new Requirement(delivery, 2, false)).role().id();
        craft = library.competency();
        communication = library.competency();
        otherRoleId = library.role(new Requirement(craft, 2, true)).role().id();
        pagerMarker = Names.unique("pager");
        budgetMarker = Names.unique("budget");
        pager = library.question("Who carries the " + pagerMarker + " in your team?", TECHNICAL, FOUNDATIONAL, 10,
                List.of(reliability), List.of(roleId));
        budget = library.question("Tell me about a " + budgetMarker + " you cut.", BEHAVIOURAL, STRATEGIC, 15,
                List.of(delivery), List.of(roleId));
        migration = library.question("How did you plan a " + Names.unique("migration") + "?", TECHNICAL, STRATEGIC, 20,
                List.of(reliability, delivery), List.of(roleId));
        onCall = library.question("Your " + Names.unique("on-call") + " rota burns people out. What now?", SITUATIONAL, INTERMEDIATE, 10,
                List.of(reliability), List.of());
    }

    @Test
    void a_hiring_manager_adds_a_question_and_reads_it_back() {
        QuestionDraft sent = new QuestionDraft(Names.unique("key"), "How do you set an error budget?", TECHNICAL, QuestionLevel.DEEP_TECHNICAL,
                List.of(craft, communication), List.of(otherRoleId), "Tests whether SLOs drive decisions.", List.of("Who agreed to it?"),
                List.of("Ties the budget to releases."), List.of("Treats 100% as the goal."), 12, "An SRE book", null);

        HttpResponse<String> response = hiringManager.postJson("/api/questions", toJson(sent));

        QuestionView created = read(response, 201, QuestionView.class);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/questions/" + created.question().id());
        QuestionView read = read(hiringManager.get("/api/questions/" + created.question().id()), 200, QuestionView.class);
        assertStored(created, read);
        assertThat(read.question().slug()).isEqualTo(sent.slug());
        assertThat(read.question().text()).isEqualTo(sent.text());
        assertThat(read.question().kind()).isEqualTo(sent.kind());
        assertThat(read.question().level()).isEqualTo(sent.level());
        assertThat(read.question().signal()).isEqualTo(sent.signal());
        assertThat(read.question().probes()).isEqualTo(sent.probes());
        assertThat(read.question().strongAnswer()).isEqualTo(sent.strongAnswer());
        assertThat(read.question().redFlags()).isEqualTo(sent.redFlags());
        assertThat(read.question().minutes()).isEqualTo(sent.minutes());
        assertThat(read.question().source()).isEqualTo(sent.source());
        assertThat(read.question().version()).isZero();
        assertThat(read.competencyIds()).containsExactlyInAnyOrderElementsOf(sent.competencyIds());
        assertThat(read.roleIds()).containsExactlyElementsOf(sent.roleIds());
        assertThat(response.body()).contains("\"kind\":\"TECHNICAL\"", "\"level\":\"DEEP_TECHNICAL\"");
    }

    @Test
    void a_question_changes_with_the_version_it_was_read_at() {
        QuestionView created = created();
        QuestionDraft change = new QuestionDraft(null, "What does your on-call rota look like?", SITUATIONAL, INTERMEDIATE,
                List.of(communication), List.of(), "Whether they protect people's time.", List.of("Who gets paged at 3am?"), List.of(),
                List.of("Heroics"), 8, null, created.question().version());

        QuestionView changed = read(hiringManager.putJson("/api/questions/" + created.question().id(), toJson(change)), 200,
                QuestionView.class);

        QuestionView read = read(hiringManager.get("/api/questions/" + created.question().id()), 200, QuestionView.class);
        assertStored(changed, read);
        assertThat(read.question().version()).isEqualTo(created.question().version() + 1);
        assertThat(read.question().text()).isEqualTo(change.text());
        assertThat(read.question().kind()).isEqualTo(SITUATIONAL);
        assertThat(read.question().level()).isEqualTo(INTERMEDIATE);
        assertThat(read.question().signal()).isEqualTo(change.signal());
        assertThat(read.question().probes()).isEqualTo(change.probes());
        assertThat(read.question().strongAnswer()).isEmpty();
        assertThat(read.question().redFlags()).isEqualTo(change.redFlags());
        assertThat(read.question().minutes()).isEqualTo(8);
        assertThat(read.question().source()).isNull();
        assertThat(read.competencyIds()).containsExactly(communication);
        assertThat(read.roleIds()).isEmpty();
    }

    @Test
    void a_change_based_on_a_stale_version_is_refused_with_409() {
        QuestionView created = created();
        String path = "/api/questions/" + created.question().id();
        QuestionDraft theirs = withVersion(newQuestion("Theirs?", TECHNICAL, FOUNDATIONAL, 5, List.of(craft), List.of()), 0L);
        read(signedIn(Role.HIRING_MANAGER).putJson(path, toJson(theirs)), 200, QuestionView.class);

        assertRefused(hiringManager.putJson(path, toJson(withVersion(newQuestion("Mine?", TECHNICAL, FOUNDATIONAL, 5,
                List.of(craft), List.of()), 0L))), 409, "conflict", "Someone else changed this question");
        assertThat(read(hiringManager.get(path), 200, QuestionView.class).question().text()).isEqualTo("Theirs?");
    }

    @Test
    void an_interviewer_cannot_add_a_question_and_a_recruiter_cannot_change_one() {
        QuestionView created = created();
        String marker = Names.unique("unasked");
        QuestionDraft draft = newQuestion("Not theirs to ask: " + marker, TECHNICAL, FOUNDATIONAL, 5, List.of(craft), List.of());

        assertRefused(signedIn(Role.INTERVIEWER).postJson("/api/questions", toJson(draft)), 403, "forbidden", "hiring managers");
        assertRefused(signedIn(Role.RECRUITER).putJson("/api/questions/" + created.question().id(), toJson(withVersion(draft, 0L))),
                403, "forbidden");
        assertThat(search("text=" + marker).total()).isZero();
        assertThat(read(hiringManager.get("/api/questions/" + created.question().id()), 200, QuestionView.class).question().text())
                .isEqualTo(created.question().text());
    }

    @Test
    void everyone_signed_in_reads_the_bank() {
        PanelClient interviewer = signedIn(Role.INTERVIEWER);

        QuestionController.QuestionPage page = read(interviewer.get("/api/questions"), 200, QuestionController.QuestionPage.class);

        assertThat(page.offset()).isZero();
        assertThat(page.limit()).isEqualTo(50);
        assertThat(page.items()).hasSize(50);
        assertThat(page.total()).isGreaterThanOrEqualTo(108);
        QuestionView first = page.items().get(0);
        assertThat(read(interviewer.get("/api/questions/" + first.question().id()), 200, QuestionView.class)).isEqualTo(first);
    }

    @Test
    void the_bank_is_closed_without_a_token() {
        PanelClient nobody = anonymous();
        String body = toJson(newQuestion("Anonymous?", TECHNICAL, FOUNDATIONAL, 5, List.of(craft), List.of()));

        assertRefused(nobody.get("/api/questions"), 401, "unauthorized");
        assertRefused(nobody.get("/api/questions/" + pager), 401, "unauthorized");
        assertRefused(nobody.postJson("/api/questions", body), 401, "unauthorized");
        assertRefused(nobody.putJson("/api/questions/" + pager, body), 401, "unauthorized");
    }

    @Test
    void an_unknown_question_is_404() {
        assertRefused(hiringManager.get("/api/questions/987654321"), 404, "not_found", "no question with id 987654321");
        assertRefused(hiringManager.putJson("/api/questions/987654321", toJson(withVersion(newQuestion("Ghost?", TECHNICAL, FOUNDATIONAL, 5,
                List.of(craft), List.of()), 0L))), 404, "not_found");
    }

    @Test
    void a_time_box_of_0_minutes_is_refused_naming_it() {
        QuestionDraft draft = newQuestion("Too quick?", TECHNICAL, FOUNDATIONAL, 0, List.of(craft), List.of());

        assertRefused(hiringManager.postJson("/api/questions", toJson(draft)), 400, "invalid_input", "time box is 1 to 120 minutes; 0 is not");
    }

    @Test
    void an_unknown_kind_in_the_body_is_refused_naming_the_field_and_the_kinds() {
        Map<String, Object> body = new HashMap<>(Map.of("text", "An essay?", "kind", "ESSAY", "level", "STRATEGIC",
                "competencyIds", List.of(craft), "signal", "Writing.", "minutes", 10));

        assertRefused(hiringManager.postJson("/api/questions", toJson(body)), 400, "invalid_input",
                "'kind' is one of TECHNICAL, BEHAVIOURAL, SITUATIONAL, MOTIVATION; 'ESSAY' is not");
    }

    @Test
    void a_question_without_text_is_refused_naming_the_field() {
        QuestionDraft draft = newQuestion(" ", TECHNICAL, FOUNDATIONAL, 5, List.of(craft), List.of());

        assertRefused(hiringManager.postJson("/api/questions", toJson(draft)), 400, "invalid_input", "The question's text is required");
    }

    @Test
    void unknown_competencies_and_roles_in_the_body_are_refused_naming_the_id() {
        assertRefused(hiringManager.postJson("/api/questions", toJson(newQuestion("Which competency?", TECHNICAL, FOUNDATIONAL, 5,
                List.of(craft, 987654321L), List.of()))), 400, "invalid_input", "no competency with id 987654321");
        assertRefused(hiringManager.postJson("/api/questions", toJson(newQuestion("Which role?", TECHNICAL, FOUNDATIONAL, 5,
                List.of(craft), List.of(otherRoleId, 987654322L)))), 400, "invalid_input", "no role with id 987654322");
    }

    @Test
    void the_role_filter_finds_exactly_the_role_s_questions() {
        assertFinds("role=" + roleId, pager, budget, migration);
    }

    @Test
    void the_kind_filter_narrows_in_any_case() {
        assertFinds("role=" + roleId + "&kind=technical", pager, migration);
        assertFinds("role=" + roleId + "&kind=BEHAVIOURAL", budget);
    }

    @Test
    void the_level_filter_narrows() {
        assertFinds("role=" + roleId + "&level=strategic", budget, migration);
        assertFinds("role=" + roleId + "&level=FOUNDATIONAL", pager);
    }

    @Test
    void the_competency_filter_finds_questions_of_any_role() {
        assertFinds("competency=" + reliability, pager, migration, onCall);
        assertFinds("competency=" + delivery, budget, migration);
    }

    @Test
    void the_text_filter_matches_part_of_the_text_in_any_case() {
        assertFinds("text=" + pagerMarker.toUpperCase(), pager);
        assertFinds("text=" + budgetMarker.substring(2), budget);
    }

    @Test
    void filters_combine() {
        assertFinds("competency=" + reliability + "&kind=TECHNICAL&level=STRATEGIC", migration);
        assertFinds("competency=" + reliability + "&role=" + roleId + "&level=INTERMEDIATE");
    }

    @Test
    void every_question_has_one_kind_so_the_kinds_totals_add_up_to_the_bank() {
        long bank = search("limit=1").total();

        long sum = 0;
        for (QuestionKind kind : QuestionKind.values()) {
            QuestionController.QuestionPage page = search("kind=" + kind.name() + "&limit=500");
            assertThat(page.items()).hasSize((int) Math.min(page.total(), 500)).allSatisfy(item -> assertThat(item.question().kind()).isEqualTo(kind));
            sum += page.total();
        }

        assertThat(bank).isGreaterThanOrEqualTo(108);
        assertThat(sum).isEqualTo(bank);
    }

    @Test
    void pages_split_the_matches_and_total_counts_them_all() {
        QuestionController.QuestionPage first = search("role=" + roleId + "&limit=2");
        QuestionController.QuestionPage second = search("role=" + roleId + "&limit=2&offset=2");

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.limit()).isEqualTo(2);
        assertThat(ids(first)).containsExactly(pager, budget);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.offset()).isEqualTo(2);
        assertThat(ids(second)).containsExactly(migration);
    }

    @Test
    void an_unknown_kind_or_level_in_the_query_is_refused_naming_the_parameter_and_the_values() {
        assertRefused(hiringManager.get("/api/questions?kind=essay"), 400, "invalid_input",
                "'kind' is one of TECHNICAL, BEHAVIOURAL, SITUATIONAL, MOTIVATION; 'essay' is not");
        assertRefused(hiringManager.get("/api/questions?level=expert"), 400, "invalid_input",
                "'level' is one of FOUNDATIONAL, INTERMEDIATE, DEEP_TECHNICAL, STRATEGIC; 'expert' is not");
    }

    @Test
    void a_page_size_out_of_range_is_refused() {
        assertRefused(hiringManager.get("/api/questions?limit=0"), 400, "invalid_input", "1 to 500");
        assertRefused(hiringManager.get("/api/questions?limit=501"), 400, "invalid_input", "1 to 500");
        assertRefused(hiringManager.get("/api/questions?offset=-1"), 400, "invalid_input", "offset 0");
    }

    private void assertFinds(String query, Long... expected) {
        QuestionController.QuestionPage page = search(query);
        assertThat(page.total()).as(query).isEqualTo(expected.length);
        assertThat(ids(page)).as(query).containsExactlyElementsOf(Arrays.asList(expected));
    }

    private QuestionController.QuestionPage search(String query) {
        return read(hiringManager.get("/api/questions?" + query), 200, QuestionController.QuestionPage.class);
    }

    private static List<Long> ids(QuestionController.QuestionPage page) {
        return page.items().stream().map(item -> item.question().id()).toList();
    }

    private QuestionView created() {
        return read(hiringManager.postJson("/api/questions", toJson(newQuestion(Names.unique("How do you review code"), TECHNICAL,
                FOUNDATIONAL, 10, List.of(craft), List.of(otherRoleId)))), 201, QuestionView.class);
    }

    private static QuestionDraft withVersion(QuestionDraft draft, Long version) {
        return new QuestionDraft(draft.slug(), draft.text(), draft.kind(), draft.level(), draft.competencyIds(), draft.roleIds(),
                draft.signal(), draft.probes(), draft.strongAnswer(), draft.redFlags(), draft.minutes(), draft.source(), version);
    }
}
