package dev.panel.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A person who signs in to Panel. */
@MappedEntity("app_user")
public record User(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String displayName,
        String passwordHash,
        @MappedProperty(converter = RolesConverter.class) Set<Role> roles,
        boolean enabled,
        int failedLogins,
        @Nullable Instant lockedUntil,
        Instant createdAt,
        @Version @Nullable Long version) {

    public User {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static User create(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        return new User(null, username, displayName, passwordHash, roles, true, 0, null, now, null);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether a login attempt at {@code now} is refused without even looking at the password. */
    public boolean isLockedAt(Instant now) {
        return !enabled || (lockedUntil != null && now.isBefore(lockedUntil));
    }

    public User afterFailedLogin(Instant now) {
        int failures = failedLogins + 1;
        return new User(id, username, displayName, passwordHash, roles, enabled, failures,
                LoginThrottle.lockedUntil(failures, now), createdAt, version);
    }

    public User afterSuccessfulLogin() {
        return new User(id, username, displayName, passwordHash, roles, enabled, 0, null, createdAt, version);
    }

    public User withPasswordHash(String newHash) {
        return new User(id, username, displayName, newHash, roles, enabled, failedLogins, lockedUntil, createdAt, version);
    }
}
