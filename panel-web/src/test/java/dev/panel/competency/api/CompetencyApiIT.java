package dev.panel.competency.api;

import dev.panel.competency.CompetencyView;
import dev.panel.competency.NewCompetency;
import dev.panel.competency.RubricLevel;
import dev.panel.competency.RubricVersion;
import dev.panel.testing.ApiTest;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static dev.panel.testing.LibraryFixture.newCompetency;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CompetencyApiIT extends ApiTest {

    @Test
    void a_hiring_manager_adds_a_competency_and_reads_it_back() {
        NewCompetency sent = newCompetency(Names.unique("Incident command"));

        HttpResponse<String> response = hiringManager.postJson("/api/competencies", toJson(sent));

        CompetencyView created = read(response, 201, CompetencyView.class);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/competencies/" + created.competency().id());
        CompetencyView read = read(hiringManager.get("/api/competencies/" + created.competency().id()), 200, CompetencyView.class);
        assertStored(created, read);
        assertThat(read.competency().name()).isEqualTo(sent.name());
        assertThat(read.competency().slug()).isEqualTo(sent.name().toLowerCase().replace(" ", "-"));
        assertThat(read.competency().description()).isEqualTo(sent.description());
        assertThat(read.competency().createdAt()).isNotNull();
        assertThat(read.rubric().competencyId()).isEqualTo(read.competency().id());
        assertThat(read.rubric().number()).isEqualTo(1);
        assertThat(read.rubric().levels()).isEqualTo(sent.levels());
        assertThat(read.rubric().createdBy()).isEqualTo(manager.username());
        assertThat(readList(hiringManager.get("/api/competencies"), CompetencyView.class)).contains(read);
    }

    @Test
    void everyone_signed_in_reads_the_starter_library() {
        PanelClient interviewer = signedIn(Role.INTERVIEWER);

        List<CompetencyView> library = readList(interviewer.get("/api/competencies"), CompetencyView.class);

        assertThat(library).hasSizeGreaterThanOrEqualTo(12);
        assertThat(library).allSatisfy(view -> assertThat(view.rubric().levels()).hasSizeGreaterThanOrEqualTo(2));
        CompetencyView first = library.get(0);
        assertThat(read(interviewer.get("/api/competencies/" + first.competency().id()), 200, CompetencyView.class)).isEqualTo(first);
        assertThat(read(interviewer.get("/api/rubric-versions/" + first.rubric().id()), 200, RubricVersion.class)).isEqualTo(first.rubric());
    }

    @Test
    void a_revised_rubric_becomes_the_next_version_and_the_first_stays_readable() {
        CompetencyView created = created();
        List<RubricLevel> revised = List.of(new RubricLevel(1, "No", "Blames others for the outage."),
                new RubricLevel(2, "Yes", "Ran the incident and wrote the review."),
                new RubricLevel(3, "Strong yes", "Changed how the organisation runs incidents."));
        String path = "/api/competencies/" + created.competency().id() + "/rubric-versions";

        HttpResponse<String> response = hiringManager.postJson(path, revision(1, revised));

        RubricVersion second = read(response, 201, RubricVersion.class);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/rubric-versions/" + second.id());
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.levels()).isEqualTo(revised);
        assertThat(second.competencyId()).isEqualTo(created.competency().id());
        assertStored(second, read(hiringManager.get("/api/competencies/" + created.competency().id()), 200, CompetencyView.class).rubric());
        assertThat(readList(hiringManager.get(path), RubricVersion.class)).usingRecursiveFieldByFieldElementComparator(STORED)
                .containsExactly(second, created.rubric());
        assertStored(created.rubric(), read(hiringManager.get("/api/rubric-versions/" + created.rubric().id()), 200, RubricVersion.class));
    }

    @Test
    void a_revision_without_a_change_keeps_the_current_version() {
        CompetencyView created = created();
        String path = "/api/competencies/" + created.competency().id() + "/rubric-versions";

        RubricVersion same = read(hiringManager.postJson(path, revision(1, created.rubric().levels())), 200, RubricVersion.class);

        assertStored(created.rubric(), same);
        assertThat(readList(hiringManager.get(path), RubricVersion.class)).usingRecursiveFieldByFieldElementComparator(STORED)
                .containsExactly(created.rubric());
    }

    @Test
    void a_revision_based_on_a_stale_version_is_refused_with_409() {
        CompetencyView created = created();
        String path = "/api/competencies/" + created.competency().id() + "/rubric-versions";
        List<RubricLevel> mine = List.of(new RubricLevel(1, "No", "Mine, low."), new RubricLevel(2, "Yes", "Mine, high."));
        List<RubricLevel> theirs = List.of(new RubricLevel(1, "No", "Theirs, low."), new RubricLevel(2, "Yes", "Theirs, high."));
        read(signedIn(Role.HIRING_MANAGER).postJson(path, revision(1, theirs)), 201, RubricVersion.class);

        assertRefused(hiringManager.postJson(path, revision(1, mine)), 409, "conflict", "version 2");
        assertThat(readList(hiringManager.get(path), RubricVersion.class)).extracting(RubricVersion::levels).containsExactly(theirs,
                created.rubric().levels());
    }

    @Test
    void an_admin_changes_the_library_too() {
        PanelClient admin = signedIn(Role.ADMIN);

        CompetencyView created = read(admin.postJson("/api/competencies", toJson(newCompetency(Names.unique("Admin made")))), 201,
                CompetencyView.class);

        assertThat(created.rubric().number()).isEqualTo(1);
    }

    @Test
    void an_interviewer_cannot_add_a_competency() {
        PanelClient interviewer = signedIn(Role.INTERVIEWER);
        String name = Names.unique("Interviewer made");

        assertRefused(interviewer.postJson("/api/competencies", toJson(newCompetency(name))), 403, "forbidden", "hiring managers");
        assertThat(readList(hiringManager.get("/api/competencies"), CompetencyView.class))
                .noneMatch(view -> view.competency().name().equals(name));
    }

    @Test
    void a_recruiter_cannot_revise_a_rubric() {
        CompetencyView created = created();
        PanelClient recruiter = signedIn(Role.RECRUITER);

        assertRefused(recruiter.postJson("/api/competencies/" + created.competency().id() + "/rubric-versions",
                revision(1, List.of(new RubricLevel(1, "No", "a"), new RubricLevel(2, "Yes", "b")))), 403, "forbidden", "rubrics");
    }

    @Test
    void the_library_is_closed_without_a_token() {
        PanelClient nobody = anonymous();
        for (String path : List.of("/api/competencies", "/api/competencies/1", "/api/competencies/1/rubric-versions",
                "/api/rubric-versions/1")) {
            assertRefused(nobody.get(path), 401, "unauthorized", "/api/tokens");
        }
        assertRefused(nobody.postJson("/api/competencies", toJson(newCompetency(Names.unique("Anonymous")))), 401, "unauthorized");
    }

    @Test
    void unknown_competencies_and_rubric_versions_are_404() {
        assertRefused(hiringManager.get("/api/competencies/987654321"), 404, "not_found", "no competency with id 987654321");
        assertRefused(hiringManager.get("/api/competencies/987654321/rubric-versions"), 404, "not_found", "987654321");
        assertRefused(hiringManager.postJson("/api/competencies/987654321/rubric-versions",
                revision(1, List.of(new RubricLevel(1, "No", "a"), new RubricLevel(2, "Yes", "b")))), 404, "not_found", "987654321");
        assertRefused(hiringManager.get("/api/rubric-versions/987654321"), 404, "not_found", "no rubric version with id 987654321");
    }

    @Test
    void a_competency_without_a_name_is_refused_naming_the_field() {
        NewCompetency nameless = new NewCompetency(null, " ", "Has no name.", newCompetency("x").levels());

        assertRefused(hiringManager.postJson("/api/competencies", toJson(nameless)), 400, "invalid_input", "name is required");
    }

    @Test
    void a_rubric_level_without_an_anchor_is_refused_naming_the_level() {
        List<RubricLevel> levels = List.of(new RubricLevel(1, "No", "Cannot say what an SLO is."), new RubricLevel(2, "Yes", ""));

        assertRefused(hiringManager.postJson("/api/competencies",
                toJson(new NewCompetency(null, Names.unique("Anchorless"), "A level lacks its anchor.", levels))),
                400, "invalid_input", "anchor of level 2 (Yes) is required");
    }

    @Test
    void a_revision_without_the_version_it_is_based_on_is_refused_naming_the_field() {
        CompetencyView created = created();

        assertRefused(hiringManager.postJson("/api/competencies/" + created.competency().id() + "/rubric-versions",
                toJson(Map.of("levels", created.rubric().levels()))), 400, "invalid_input", "basedOn");
    }

    private CompetencyView created() {
        return read(hiringManager.postJson("/api/competencies", toJson(newCompetency(Names.unique("Competency")))), 201, CompetencyView.class);
    }

    private String revision(int basedOn, List<RubricLevel> levels) {
        return toJson(new CompetencyController.RubricRevision(basedOn, levels));
    }
}
