package dev.panel.user.api;

import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** An account as the API shows it: never its password hash or its sign-in counters. */
@Serdeable
record AccountJson(long id, String username, String displayName, String email, List<Role> roles, boolean active,
                   @Nullable Instant lastSignInAt, String signInMethod, @Nullable String timeZone, Instant createdAt) {

    static AccountJson of(User user) {
        return new AccountJson(user.id(), user.username(), user.displayName(), user.email(), List.copyOf(user.roles()),
                user.enabled(), user.lastSignInAt(), user.signInMethod(), user.timeZone(), user.createdAt());
    }
}
