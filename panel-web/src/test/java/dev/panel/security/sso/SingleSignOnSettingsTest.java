package dev.panel.security.sso;

import dev.panel.user.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A half-done PANEL_OIDC_* configuration stops Panel's start with a sentence naming what to set; claims are read as providers send them. */
class SingleSignOnSettingsTest {

    @Test
    void without_an_issuer_single_sign_on_is_off() {
        assertThat(settings("", "", "", "").isOn()).isFalse();
    }

    @Test
    void an_issuer_without_a_client_id_names_the_missing_setting() {
        assertThatThrownBy(() -> settings("https://id.example.com", "", "", ""))
                .hasMessage("PANEL_OIDC_ISSUER is set but PANEL_OIDC_CLIENT_ID is not: set the client id Panel was registered under at https://id.example.com");
    }

    @Test
    void a_plain_http_issuer_is_refused_unless_it_is_on_this_machine() {
        assertThatThrownBy(() -> settings("http://id.example.com", "panel", "", ""))
                .hasMessageContaining("must be an https:// URL");
        assertThat(settings("http://localhost:8081/realms/acme", "panel", "", "").isOn()).isTrue();
    }

    @Test
    void a_role_map_needs_its_claim_and_real_roles() {
        assertThatThrownBy(() -> settings("https://id.example.com", "panel", "", "admins:ADMIN"))
                .hasMessageContaining("PANEL_OIDC_ROLES_CLAIM is not");
        assertThatThrownBy(() -> settings("https://id.example.com", "panel", "groups", "admins:OWNER"))
                .hasMessageContaining("'OWNER' is not a Panel role");
        assertThat(settings("https://id.example.com", "panel", "groups", "admins:ADMIN, leads:hiring_manager").roleMapping()
                .rolesFor(List.of("leads"))).containsExactly(Role.HIRING_MANAGER);
    }

    @Test
    void claim_values_are_read_from_lists_strings_and_nested_paths() {
        Map<String, Object> claims = Map.of(
                "groups", List.of("admins", " leads ", 7),
                "scope_like", "admins leads,hiring",
                "realm_access", Map.of("roles", List.of("hiring")),
                "dotted.name", List.of("whole"));

        assertThat(ClaimValues.at(claims, "groups")).containsExactly("admins", "leads");
        assertThat(ClaimValues.at(claims, "scope_like")).containsExactly("admins", "leads", "hiring");
        assertThat(ClaimValues.at(claims, "realm_access.roles")).containsExactly("hiring");
        assertThat(ClaimValues.at(claims, "dotted.name")).containsExactly("whole");
        assertThat(ClaimValues.at(claims, "realm_access.missing")).isEmpty();
        assertThat(ClaimValues.at(claims, "groups.deeper")).isEmpty();
    }

    private static SingleSignOnSettings settings(String issuer, String clientId, String rolesClaim, String roleMap) {
        return new SingleSignOnSettings(issuer, clientId, "secret", "Acme ID", rolesClaim, roleMap);
    }
}
