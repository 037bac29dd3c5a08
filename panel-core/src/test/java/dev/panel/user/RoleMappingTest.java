package dev.panel.user;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleMappingTest {

    @Test
    void each_claim_value_gives_its_roles_and_unknown_values_give_none() {
        RoleMapping mapping = RoleMapping.parse("panel-admins:ADMIN, hiring:HIRING_MANAGER,hiring:interviewer");

        assertThat(mapping.isOn()).isTrue();
        assertThat(mapping.rolesFor(List.of("hiring", "staff"))).containsExactlyInAnyOrder(Role.HIRING_MANAGER, Role.INTERVIEWER);
        assertThat(mapping.rolesFor(List.of("panel-admins"))).containsExactly(Role.ADMIN);
        assertThat(mapping.rolesFor(List.of("staff"))).isEmpty();
    }

    @Test
    void a_claim_value_may_itself_hold_a_colon() {
        assertThat(RoleMapping.parse("urn:groups:panel:RECRUITER").rolesFor(List.of("urn:groups:panel"))).containsExactly(Role.RECRUITER);
    }

    @Test
    void no_setting_means_mapping_is_off() {
        assertThat(RoleMapping.parse("").isOn()).isFalse();
        assertThat(RoleMapping.parse(null).isOn()).isFalse();
    }

    @Test
    void a_malformed_setting_is_refused_naming_the_bad_part() {
        assertThatThrownBy(() -> RoleMapping.parse("admins:ADMIN,hiring")).hasMessageContaining("'hiring'").hasMessageContaining("PANEL_OIDC_ROLE_MAP");
        assertThatThrownBy(() -> RoleMapping.parse("admins:BOSS")).hasMessageContaining("'BOSS' is not a Panel role");
    }
}
