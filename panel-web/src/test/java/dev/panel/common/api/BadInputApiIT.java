package dev.panel.common.api;

import dev.panel.loop.LoopView;
import dev.panel.scorecard.Scorecard;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.PanelClient;
import dev.panel.testing.ScorecardCalls;
import dev.panel.testing.SignedIn;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversized fields, wrong types, unknown enum values and broken JSON across the controllers: each is a 400 whose
 * message names the field (or says the JSON is broken), in the API's error shape, with no stack trace or class name.
 */
@MicronautTest(transactional = false)
class BadInputApiIT implements DatabaseTest {

    @Inject
    ApiUsers users;
    @Inject
    LoopFixture fixture;
    @Inject
    ApiJson json;

    PanelClient recruiter;
    PanelClient manager;
    SignedIn interviewer;
    LoopView loop;

    @BeforeAll
    void signIn() {
        List<SignedIn> people = users.people(Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER);
        recruiter = people.get(0).client();
        manager = people.get(1).client();
        interviewer = people.get(2);
        loop = fixture.openWithFirstStage(List.of(interviewer.user()));
    }

    @Test
    void an_oversized_candidate_name_is_refused_naming_the_name() {
        assertBadInput(recruiter.postJson("/api/candidates", json.write(Map.of("name", "x".repeat(5000)))), "name");
    }

    @Test
    void an_object_where_a_candidate_name_belongs_is_refused_naming_the_name() {
        assertBadInput(recruiter.postJson("/api/candidates", "{\"name\": {\"first\": \"Ada\"}, \"email\": \"ada@example.org\"}"), "name");
    }

    @Test
    void an_object_where_an_email_belongs_is_refused_naming_the_email_without_parser_internals() {
        HttpResponse<String> response = recruiter.postJson("/api/candidates", "{\"name\": \"Ada\", \"email\": {\"a\": 1}}");
        assertBadInput(response, "email");
        assertThat(message(response)).startsWith("The field 'email' ");
    }

    @Test
    void a_text_where_a_loop_id_belongs_in_the_address_is_refused_naming_the_id() {
        assertBadInput(recruiter.get("/api/loops/seven"), "id");
    }

    @Test
    void a_text_where_a_candidate_id_belongs_is_refused_naming_the_id() {
        assertBadInput(recruiter.postJson("/api/loops", "{\"candidateId\": \"seven\", \"planId\": 1, \"interviews\": []}"), "candidateId");
    }

    @Test
    void an_unknown_decision_outcome_is_refused_naming_the_outcome_and_the_choices() {
        HttpResponse<String> response = manager.postJson("/api/loops/" + loop.loop().id() + "/decision",
                "{\"outcome\": \"MAYBE\", \"reason\": \"Could not make up my mind.\"}");
        assertBadInput(response, "outcome");
        assertThat(message(response)).contains("HIRE", "NO_HIRE");
    }

    @Test
    void an_unknown_question_kind_is_refused_naming_the_kind() {
        assertBadInput(manager.postJson("/api/questions", "{\"text\": \"How do you plan capacity?\", \"kind\": \"RIDDLE\", "
                + "\"level\": \"INTERMEDIATE\", \"minutes\": 10}"), "kind");
    }

    @Test
    void a_text_where_a_scorecard_version_belongs_is_refused_naming_the_version() {
        Scorecard draft = new ScorecardCalls(interviewer.client(), json).started(loop.interviews().get(0).interview().id());
        assertBadInput(interviewer.client().putJson("/api/scorecards/" + draft.id(),
                "{\"version\": \"latest\", \"content\": {\"notes\": []}}"), "version");
    }

    @Test
    void an_unknown_recommendation_in_a_draft_is_refused_naming_the_recommendation() {
        Scorecard draft = new ScorecardCalls(interviewer.client(), json).started(loop.interviews().get(0).interview().id());
        assertBadInput(interviewer.client().putJson("/api/scorecards/" + draft.id(),
                "{\"version\": " + draft.version() + ", \"content\": {\"recommendation\": \"PERHAPS\"}}"), "recommendation");
    }

    @Test
    void broken_json_is_refused_as_broken_json() {
        HttpResponse<String> response = recruiter.postJson("/api/candidates", "{\"name\": \"Ada\"");
        assertBadInput(response, "not valid JSON");
    }

    private void assertBadInput(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        Map<String, Object> body = json.read(response, 400, Map.class);
        assertThat(body).containsEntry("error", "invalid_input");
        assertThat((String) body.get("message")).as("the message names what is wrong").contains(field)
                .doesNotContain("dev.panel", "io.micronaut", "com.fasterxml", "java.", "Exception", "\tat ", "Source:", "INCLUDE_SOURCE");
    }

    private String message(HttpResponse<String> response) {
        return (String) json.read(response, 400, Map.class).get("message");
    }
}
