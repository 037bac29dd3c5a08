package dev.panel.user;

import dev.panel.common.ForbiddenException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is asking: every service call that reads or changes hiring data names its actor. */
public record Actor(long id, String username, Set<Role> roles) {

    public Actor {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static Actor of(User user) {
        return new Actor(user.id(), user.username(), user.roles());
    }

    /** Admins may do everything any role may. */
    public boolean mayActAs(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** Refuses unless the actor holds one of the roles (or is an admin). */
    public void require(String what, Role... anyOf) {
        if (Arrays.stream(anyOf).noneMatch(this::mayActAs)) {
            throw new ForbiddenException("Only " + Arrays.stream(anyOf).map(role -> role.label().toLowerCase() + "s")
                    .collect(Collectors.joining(" or ")) + " may " + what + ".");
        }
    }
}
