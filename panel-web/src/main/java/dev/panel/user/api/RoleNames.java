package dev.panel.user.api;

import dev.panel.common.InvalidInputException;
import dev.panel.user.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Role names as a client sends them, each refusal naming the item: {@code roles[1]: 'BOSS' is not a role…}. */
final class RoleNames {

    private RoleNames() {
    }

    static Set<Role> parse(List<String> names) {
        if (names == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip().toUpperCase(Locale.ROOT);
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException("roles[" + i + "]: '" + names.get(i) + "' is not a role. The roles are ADMIN, "
                        + "HIRING_MANAGER, INTERVIEWER and RECRUITER.");
            }
        }
        return roles;
    }
}
