package dev.panel.role.api;

import dev.panel.role.Requirement;
import dev.panel.role.RoleDraft;
import dev.panel.role.RoleView;
import dev.panel.testing.ApiTest;
import dev.panel.testing.LibraryFixture;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class RoleApiIT extends ApiTest {

    @Inject
    LibraryFixture library;

    long architecture;
    long delivery;
    long hiring;

    @BeforeAll
    void prepare() {
        architecture = library.competency();
        delivery = library.competency();
        hiring = library.competency();
    }

    @Test
    void a_hiring_manager_defines_a_role_and_reads_it_back() {
        RoleDraft sent = draft(Names.unique("Platform lead"), new Requirement(architecture, 3, true), new Requirement(delivery, 1, false));

        HttpResponse<String> response = hiringManager.postJson("/api/roles", toJson(sent));

        RoleView created = read(response, 201, RoleView.class);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/roles/" + created.role().id());
        RoleView read = read(hiringManager.get("/api/roles/" + created.role().id()), 200, RoleView.class);
        assertStored(created, read);
        assertThat(read.role().name()).isEqualTo(sent.name());
        assertThat(read.role().slug()).isEqualTo(sent.name().toLowerCase().replace(" ", "-"));
        assertThat(read.role().level()).isEqualTo(sent.level());
        assertThat(read.role().description()).isEqualTo(sent.description());
        assertThat(read.role().hiringManagerId()).as("the author manages the role").isEqualTo(manager.id());
        assertThat(read.role().version()).isZero();
        assertThat(read.requirements()).isEqualTo(sent.requirements());
        assertThat(readList(hiringManager.get("/api/roles"), RoleView.class)).contains(read);
    }

    @Test
    void everyone_signed_in_reads_the_starter_roles() {
        PanelClient interviewer = signedIn(Role.INTERVIEWER);

        List<RoleView> roles = readList(interviewer.get("/api/roles"), RoleView.class);

        assertThat(roles).extracting(view -> view.role().slug())
                .contains("cto", "technical-director", "head-of-engineering", "technical-lead");
        RoleView lead = roles.stream().filter(view -> view.role().slug().equals("technical-lead")).findFirst().orElseThrow();
        assertThat(lead.requirements()).isNotEmpty().anyMatch(Requirement::mustHave);
        assertThat(read(interviewer.get("/api/roles/" + lead.role().id()), 200, RoleView.class)).isEqualTo(lead);
    }

    @Test
    void a_role_changes_with_the_version_it_was_read_at() {
        RoleView created = created();
        User otherManager = user(Role.HIRING_MANAGER);
        RoleDraft change = new RoleDraft(null, Names.unique("Renamed role"), "Principal", "Now leads two squads.", otherManager.id(),
                List.of(new Requirement(hiring, 2, true)), created.role().version());

        RoleView changed = read(hiringManager.putJson("/api/roles/" + created.role().id(), toJson(change)), 200, RoleView.class);

        assertThat(changed.role().version()).isEqualTo(created.role().version() + 1);
        RoleView read = read(hiringManager.get("/api/roles/" + created.role().id()), 200, RoleView.class);
        assertStored(changed, read);
        assertThat(read.role().name()).isEqualTo(change.name());
        assertThat(read.role().slug()).as("the slug is a stable key").isEqualTo(created.role().slug());
        assertThat(read.role().level()).isEqualTo("Principal");
        assertThat(read.role().description()).isEqualTo("Now leads two squads.");
        assertThat(read.role().hiringManagerId()).isEqualTo(otherManager.id());
        assertThat(read.requirements()).containsExactly(new Requirement(hiring, 2, true));
    }

    @Test
    void a_change_based_on_a_stale_version_is_refused_with_409() {
        RoleView created = created();
        String path = "/api/roles/" + created.role().id();
        RoleDraft theirs = draft(Names.unique("Theirs"), new Requirement(delivery, 2, true));
        // an admin: another hiring manager may not change this one's role at all (see ObjectAccessApiIT)
        read(signedIn(Role.ADMIN).putJson(path, toJson(withVersion(theirs, created.role().version()))), 200, RoleView.class);

        assertRefused(hiringManager.putJson(path, toJson(withVersion(draft(Names.unique("Mine"), new Requirement(hiring, 1, true)),
                created.role().version()))), 409, "conflict", "Someone else changed this role");
        assertThat(read(hiringManager.get(path), 200, RoleView.class).role().name()).isEqualTo(theirs.name());
    }

    @Test
    void an_interviewer_cannot_define_a_role() {
        String name = Names.unique("Interviewer's role");

        assertRefused(signedIn(Role.INTERVIEWER).postJson("/api/roles", toJson(draft(name, new Requirement(architecture, 2, true)))),
                403, "forbidden", "hiring managers");
        assertThat(readList(hiringManager.get("/api/roles"), RoleView.class)).noneMatch(view -> view.role().name().equals(name));
    }

    @Test
    void a_recruiter_cannot_change_a_role() {
        RoleView created = created();

        assertRefused(signedIn(Role.RECRUITER).putJson("/api/roles/" + created.role().id(),
                toJson(withVersion(draft(Names.unique("Recruiter's"), new Requirement(architecture, 2, true)), 0L))), 403, "forbidden");
        assertThat(read(hiringManager.get("/api/roles/" + created.role().id()), 200, RoleView.class).role().name())
                .isEqualTo(created.role().name());
    }

    @Test
    void roles_are_closed_without_a_token() {
        PanelClient nobody = anonymous();
        String body = toJson(draft(Names.unique("Anonymous"), new Requirement(architecture, 2, true)));

        assertRefused(nobody.get("/api/roles"), 401, "unauthorized");
        assertRefused(nobody.get("/api/roles/1"), 401, "unauthorized");
        assertRefused(nobody.postJson("/api/roles", body), 401, "unauthorized");
        assertRefused(nobody.putJson("/api/roles/1", body), 401, "unauthorized");
    }

    @Test
    void an_unknown_role_is_404() {
        assertRefused(hiringManager.get("/api/roles/987654321"), 404, "not_found", "no role with id 987654321");
        assertRefused(hiringManager.putJson("/api/roles/987654321",
                toJson(withVersion(draft(Names.unique("Ghost"), new Requirement(architecture, 2, true)), 0L))), 404, "not_found");
    }

    @Test
    void a_weight_of_7_is_refused_naming_the_weight() {
        Map<String, Object> body = Map.of("name", Names.unique("Heavy"), "level", "Senior", "description", "Weighs too much.",
                "requirements", List.of(Map.of("competencyId", architecture, "weight", 7, "mustHave", true)));

        assertRefused(hiringManager.postJson("/api/roles", toJson(body)), 400, "invalid_input", "weight is 1 to 3; 7 is not");
    }

    @Test
    void an_unknown_competency_is_refused_naming_its_id() {
        RoleDraft draft = draft(Names.unique("Unknowing"), new Requirement(architecture, 2, true), new Requirement(987654321L, 1, false));

        assertRefused(hiringManager.postJson("/api/roles", toJson(draft)), 400, "invalid_input", "no competency with id 987654321");
        RoleView created = created();
        assertRefused(hiringManager.putJson("/api/roles/" + created.role().id(), toJson(withVersion(draft, created.role().version()))),
                400, "invalid_input", "no competency with id 987654321");
    }

    @Test
    void a_role_without_a_name_is_refused_naming_the_field() {
        assertRefused(hiringManager.postJson("/api/roles", toJson(draft("", new Requirement(architecture, 2, true)))),
                400, "invalid_input", "The role's name is required");
    }

    @Test
    void an_unknown_hiring_manager_is_refused_naming_the_id() {
        RoleDraft draft = new RoleDraft(null, Names.unique("Unmanaged"), "Senior", "Nobody manages it.", 987654321L,
                List.of(new Requirement(architecture, 2, true)), null);

        assertRefused(hiringManager.postJson("/api/roles", toJson(draft)), 400, "invalid_input", "no user with id 987654321");
    }

    private RoleView created() {
        return read(hiringManager.postJson("/api/roles", toJson(draft(Names.unique("Role"), new Requirement(architecture, 3, true)))),
                201, RoleView.class);
    }

    private static RoleDraft draft(String name, Requirement... requirements) {
        return new RoleDraft(null, name, "Senior", "What " + name + " is hired to do.", null, List.of(requirements), null);
    }

    private static RoleDraft withVersion(RoleDraft draft, Long version) {
        return new RoleDraft(draft.slug(), draft.name(), draft.level(), draft.description(), draft.hiringManagerId(), draft.requirements(),
                version);
    }
}
