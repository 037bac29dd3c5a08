package dev.panel.security;

import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.security.authentication.Authentication;

import java.util.EnumSet;
import java.util.Set;

/** The {@link Actor} behind an API request, as established by {@link ApiTokenValidator}. */
public final class ApiCaller {

    private ApiCaller() {
    }

    public static Actor actor(Authentication authentication) {
        Object id = authentication.getAttributes().get("userId");
        if (!(id instanceof Number number)) {
            throw new IllegalStateException("An API authentication without a user id");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getRoles().forEach(r -> roles.add(Role.valueOf(r)));
        return new Actor(number.longValue(), authentication.getName(), roles);
    }
}
