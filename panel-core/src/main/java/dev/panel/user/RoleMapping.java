package dev.panel.user;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which values of the identity provider's roles claim give which Panel roles, as configured by
 * {@code PANEL_OIDC_ROLE_MAP}, e.g. {@code panel-admins:ADMIN,hiring:HIRING_MANAGER}. A value may give several roles
 * ({@code leads:HIRING_MANAGER,leads:INTERVIEWER}). Empty means mapping is off: roles are then kept in Panel.
 */
public record RoleMapping(Map<String, Set<Role>> byClaimValue) {

    public RoleMapping {
        byClaimValue = Map.copyOf(byClaimValue);
    }

    /** Reads the setting; a malformed one is refused with a sentence naming the bad part. */
    public static RoleMapping parse(String setting) {
        Map<String, Set<Role>> mapping = new LinkedHashMap<>();
        if (setting == null || setting.isBlank()) {
            return new RoleMapping(mapping);
        }
        for (String pair : setting.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int colon = pair.lastIndexOf(':');
            if (colon <= 0 || colon == pair.length() - 1) {
                throw new IllegalArgumentException("PANEL_OIDC_ROLE_MAP: '" + pair.strip() + "' is not claim-value:ROLE "
                        + "(e.g. panel-admins:ADMIN,hiring:HIRING_MANAGER)");
            }
            String value = pair.substring(0, colon).strip();
            String roleName = pair.substring(colon + 1).strip().toUpperCase(Locale.ROOT);
            Role role;
            try {
                role = Role.valueOf(roleName);
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("PANEL_OIDC_ROLE_MAP: '" + roleName + "' is not a Panel role (ADMIN, "
                        + "HIRING_MANAGER, INTERVIEWER, RECRUITER)");
            }
            mapping.computeIfAbsent(value, v -> EnumSet.noneOf(Role.class)).add(role);
        }
        return new RoleMapping(mapping);
    }

    public boolean isOn() {
        return !byClaimValue.isEmpty();
    }

    /** The Panel roles the claim's values give. */
    public Set<Role> rolesFor(Collection<String> claimValues) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : claimValues) {
            roles.addAll(byClaimValue.getOrDefault(value, Set.of()));
        }
        return roles;
    }
}
