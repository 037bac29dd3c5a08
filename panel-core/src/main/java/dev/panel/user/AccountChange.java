package dev.panel.user;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/** What an admin changes about an account; a null part stays as it is. */
public record AccountChange(
        @Nullable String displayName,
        @Nullable String email,
        @Nullable Set<Role> roles,
        @Nullable Boolean active) {
}
