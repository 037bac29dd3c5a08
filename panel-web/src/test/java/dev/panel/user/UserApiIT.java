package dev.panel.user;

import dev.panel.testing.ApiTest;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provisioning people through the API, as an admin's script would: accounts made without passwords, invitation links
 * that work once, roles changed, people deactivated (their tokens stop at once), and every bad request refused with the
 * field named and nothing written.
 */
@MicronautTest(transactional = false)
class UserApiIT extends ApiTest {

    static final String CHOSEN = "three unrelated words here";

    @Inject
    AccountService accounts;

    User adminUser;
    PanelClient admin;

    @BeforeAll
    void signInAnAdmin() {
        adminUser = user(Role.ADMIN);
        admin = signedIn(adminUser);
    }

    private Map<String, Object> createPerson(String username, String... roles) {
        return readMap(admin.postJson("/api/users", toJson(Map.of("username", username, "displayName", "Person " + username,
                "email", username + "@example.org", "roles", List.of(roles)))), 201);
    }

    private String linkToken(Map<String, Object> link) {
        String url = (String) link.get("link");
        assertThat(url).contains("/welcome/");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void an_invited_person_sets_a_password_through_the_link_once_and_then_signs_in() {
        String username = Names.unique("invited");
        Map<String, Object> created = createPerson(username, "INTERVIEWER");
        assertThat(created).containsEntry("username", username).containsEntry("active", true)
                .containsEntry("signInMethod", "Invited, no password yet").doesNotContainKey("passwordHash");
        long id = ((Number) created.get("id")).longValue();

        Map<String, Object> link = readMap(admin.post("/api/users/" + id + "/invitations"), 201);
        assertThat(link).containsKey("expiresAt");
        String token = linkToken(link);

        HttpResponse<String> accepted = anonymous().postJson("/api/invitations/" + token, toJson(Map.of("password", CHOSEN)));
        assertThat(readMap(accepted, 201)).containsEntry("username", username).containsEntry("signInMethod", "Password");
        assertThat(anonymous().as(username, CHOSEN).get("/api/me").body()).contains(username);

        HttpResponse<String> again = anonymous().postJson("/api/invitations/" + token, toJson(Map.of("password", "another long passphrase")));
        assertRefused(again, 410, "gone", "already been used");
        assertRefused(anonymous().postJson("/api/invitations/" + token + "x", toJson(Map.of("password", CHOSEN))), 400,
                "invalid_input", "not valid");
    }

    @Test
    void a_weak_password_is_refused_and_the_link_still_works() {
        long id = ((Number) createPerson(Names.unique("weak"), "RECRUITER").get("id")).longValue();
        String token = linkToken(readMap(admin.post("/api/users/" + id + "/invitations"), 201));

        assertRefused(anonymous().postJson("/api/invitations/" + token, toJson(Map.of("password", "short"))), 400,
                "invalid_input", "12 characters");
        assertRefused(anonymous().postJson("/api/invitations/" + token, toJson(Map.of("password", "iloveyou1234"))), 400,
                "invalid_input", "commonly used");
        assertThat(anonymous().postJson("/api/invitations/" + token, toJson(Map.of("password", CHOSEN))).statusCode()).isEqualTo(201);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_hiring_manager_is_promoted_and_demoted_and_their_token_follows_at_once() {
        String username = Names.unique("promoted");
        long id = ((Number) createPerson(username, "HIRING_MANAGER").get("id")).longValue();
        anonymous().postJson("/api/invitations/" + linkToken(readMap(admin.post("/api/users/" + id + "/invitations"), 201)),
                toJson(Map.of("password", CHOSEN)));
        PanelClient them = anonymous().as(username, CHOSEN);
        assertThat(them.get("/api/users").statusCode()).isEqualTo(403);

        Map<String, Object> promoted = readMap(admin.patchJson("/api/users/" + id, toJson(Map.of("roles", List.of("HIRING_MANAGER", "ADMIN")))), 200);
        assertThat((List<Object>) promoted.get("roles")).containsExactlyInAnyOrder("HIRING_MANAGER", "ADMIN");
        assertThat(them.get("/api/users").statusCode()).as("the same token, now an admin's").isEqualTo(200);

        readMap(admin.patchJson("/api/users/" + id, toJson(Map.of("roles", List.of("HIRING_MANAGER")))), 200);
        assertThat(them.get("/api/users").statusCode()).isEqualTo(403);
    }

    @Test
    void a_deactivated_person_is_refused_at_their_next_call_and_cannot_sign_in_and_their_work_keeps_their_name() {
        User person = user(Role.RECRUITER);
        PanelClient them = signedIn(person);
        assertThat(them.get("/api/me").statusCode()).isEqualTo(200);

        Map<String, Object> deactivated = readMap(admin.patchJson("/api/users/" + person.id(), toJson(Map.of("active", false))), 200);
        assertThat(deactivated).containsEntry("active", false);

        assertThat(them.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(anonymous().postJson("/api/tokens", toJson(Map.of("username", person.username(), "password", PASSWORD))).statusCode())
                .isEqualTo(401);
        assertThat(users.find(person.id()).orElseThrow().displayName()).isEqualTo(person.displayName());

        readMap(admin.patchJson("/api/users/" + person.id(), toJson(Map.of("active", true))), 200);
        assertThat(signedIn(person).get("/api/me").statusCode()).as("reactivated, they sign in again").isEqualTo(200);
    }

    @Test
    void the_last_active_admin_can_be_neither_demoted_nor_deactivated() {
        User keeper = adminUser;
        Actor keeperActor = Actor.of(keeper);
        List<User> others = accounts.page(keeperActor, new AccountFilter(null, Role.ADMIN, true), 0, 100_000).stream()
                .filter(other -> !other.id().equals(keeper.id())).toList();
        // leave exactly one active admin, then try to remove them
        for (User other : others) {
            accounts.change(keeperActor, other.id(), new AccountChange(null, null, null, false));
        }
        try {
            PanelClient last = admin;
            HttpResponse<String> demoted = last.patchJson("/api/users/" + keeper.id(), toJson(Map.of("roles", List.of("RECRUITER"))));
            assertRefused(demoted, 409, "conflict", "last active admin");
            assertRefused(last.patchJson("/api/users/" + keeper.id(), toJson(Map.of("active", false))), 409, "conflict", "last active admin");
            assertThat(users.find(keeper.id()).orElseThrow().roles()).containsExactly(Role.ADMIN);
            assertThat(users.find(keeper.id()).orElseThrow().enabled()).isTrue();
        } finally {
            for (User other : others) {
                accounts.change(keeperActor, other.id(), new AccountChange(null, null, null, true));
            }
        }
    }

    @Test
    void bad_accounts_are_refused_naming_the_field_and_nothing_is_written() {
        String taken = Names.unique("taken");
        createPerson(taken, "INTERVIEWER");
        long before = accounts.count(Actor.of(user(Role.ADMIN)), AccountFilter.all());

        assertRefused(admin.postJson("/api/users", toJson(Map.of("username", taken, "email", Names.unique("x") + "@example.org",
                "roles", List.of("INTERVIEWER")))), 409, "conflict", "username", taken);
        assertRefused(admin.postJson("/api/users", toJson(Map.of("username", Names.unique("dup"), "email", taken + "@example.org",
                "roles", List.of("INTERVIEWER")))), 409, "conflict", "email");
        assertRefused(admin.postJson("/api/users", toJson(Map.of("username", Names.unique("mail"), "email", "not-an-address",
                "roles", List.of("INTERVIEWER")))), 400, "invalid_input", "email");
        assertRefused(admin.postJson("/api/users", toJson(Map.of("username", Names.unique("role"), "email", Names.unique("r") + "@example.org",
                "roles", List.of("INTERVIEWER", "BOSS")))), 400, "invalid_input", "roles[1]", "BOSS");
        assertRefused(admin.postJson("/api/users", toJson(Map.of("username", "x".repeat(65), "email", Names.unique("l") + "@example.org",
                "roles", List.of("INTERVIEWER")))), 400, "invalid_input", "username");
        assertRefused(admin.postJson("/api/users", toJson(Map.of("username", Names.unique("name"), "displayName", "n".repeat(129),
                "email", Names.unique("n") + "@example.org", "roles", List.of("INTERVIEWER")))), 400, "invalid_input", "displayName");
        assertRefused(admin.postJson("/api/users", toJson(Map.of("username", Names.unique("none"), "email", Names.unique("e") + "@example.org",
                "roles", List.of()))), 400, "invalid_input", "roles");

        assertThat(accounts.count(Actor.of(user(Role.ADMIN)), AccountFilter.all())).as("nothing written").isEqualTo(before + 1);
    }

    @Test
    void only_admins_manage_people_and_nobody_anonymous_sees_anything() {
        PanelClient recruiter = signedIn(user(Role.RECRUITER));
        assertRefused(recruiter.get("/api/users"), 403, "forbidden");
        assertRefused(recruiter.postJson("/api/users", toJson(Map.of("username", Names.unique("sneaky"), "email", "s@example.org",
                "roles", List.of("ADMIN")))), 403, "forbidden");
        assertRefused(anonymous().get("/api/users"), 401, "unauthorized");
    }

    @Test
    void a_script_revokes_its_own_token_and_the_next_call_is_refused() {
        PanelClient script = signedIn(user(Role.RECRUITER));
        assertThat(script.get("/api/me").statusCode()).isEqualTo(200);

        assertThat(script.delete("/api/tokens/current").statusCode()).isEqualTo(204);

        assertThat(script.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_people_list_filters_by_text_role_and_status() {
        String marker = Names.unique("filterme");
        createPerson(marker + "-a", "RECRUITER");
        createPerson(marker + "-b", "INTERVIEWER");

        List<Map<String, Object>> found = readList(admin.get("/api/users?text=" + marker + "&role=RECRUITER"), Map.class)
                .stream().map(m -> (Map<String, Object>) m).toList();

        assertThat(found).extracting(m -> m.get("username")).containsExactly(marker + "-a");
        assertThat(readList(admin.get("/api/users?text=" + marker + "&active=false"), Map.class)).isEmpty();
    }
}
