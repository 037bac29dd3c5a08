package dev.panel.candidate.api;

import dev.panel.candidate.Candidate;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import dev.panel.testing.SignedIn;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CandidateApiIT implements DatabaseTest {

    @Inject
    ApiUsers users;
    @Inject
    ApiJson json;

    PanelClient recruiter;
    PanelClient interviewer;

    @BeforeAll
    void signIn() {
        List<SignedIn> people = users.people(Role.RECRUITER, Role.INTERVIEWER);
        recruiter = people.get(0).client();
        interviewer = people.get(1).client();
    }

    @Test
    void a_recruiter_adds_a_candidate_who_then_appears_in_the_list() {
        String name = Names.unique("Katherine Johnson");

        Candidate added = json.read(recruiter.postJson("/api/candidates", json.write(Map.of("name", "  " + name + " ", "email", "kj@example.org"))),
                201, Candidate.class);

        assertThat(added.id()).isNotNull();
        assertThat(added.name()).isEqualTo(name);
        assertThat(added.email()).isEqualTo("kj@example.org");
        assertThat(json.readList(recruiter.get("/api/candidates"), 200, Candidate.class))
                .filteredOn(c -> c.id().equals(added.id())).singleElement()
                .satisfies(listed -> assertThat(listed.name()).isEqualTo(name));
    }

    @Test
    void a_candidate_without_a_name_is_refused_with_400_naming_the_field() {
        assertThat(json.error(recruiter.postJson("/api/candidates", "{\"email\": \"someone@example.org\"}"), 400).message())
                .isEqualTo("The candidate's name is required.");
    }

    @Test
    void a_candidate_with_a_malformed_email_is_refused_with_400() {
        assertThat(json.error(recruiter.postJson("/api/candidates", json.write(Map.of("name", Names.unique("Mary"), "email", "not-an-address"))),
                400).message()).contains("not-an-address").contains("not an email address");
    }

    @Test
    void an_interviewer_may_neither_add_nor_list_candidates() {
        assertThat(json.error(interviewer.postJson("/api/candidates", json.write(Map.of("name", Names.unique("Dorothy")))), 403).message())
                .contains("add candidates");
        assertThat(json.error(interviewer.get("/api/candidates"), 403).message()).contains("list candidates");
    }

    @Test
    void without_a_token_candidates_answer_401() {
        PanelClient anonymous = users.anonymous();

        assertThat(List.of(
                anonymous.get("/api/candidates").statusCode(),
                anonymous.postJson("/api/candidates", json.write(Map.of("name", Names.unique("Hedy")))).statusCode()))
                .containsOnly(401).hasSize(2);
    }
}
