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

/**
 * A person who signs in to Panel. {@code passwordHash} is empty for someone invited who has not set a password yet, or
 * who signs in only through the identity provider ({@code ssoIssuer}, {@code ssoSubject}). Raising {@code sessionEpoch}
 * ends every UI session the person holds: each session remembers the epoch it was opened in.
 */
@MappedEntity("app_user")
public record User(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String displayName,
        String email,
        @Nullable String passwordHash,
        @MappedProperty(converter = RolesConverter.class) Set<Role> roles,
        boolean enabled,
        int failedLogins,
        @Nullable Instant lockedUntil,
        Instant createdAt,
        @Nullable String timeZone,
        @Nullable String locale,
        @Nullable Instant lastSignInAt,
        int sessionEpoch,
        @Nullable String ssoIssuer,
        @Nullable String ssoSubject,
        @Version @Nullable Long version) {

    public User {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static User create(String username, String displayName, String email, @Nullable String passwordHash,
                              Set<Role> roles, Instant now) {
        return new User(null, username, displayName, email, passwordHash, roles, true, 0, null, now, null, null, null, 0,
                null, null, null);
    }

    /** How a person is named wherever someone picks or reads one of several: "Sam Lee (slee)", so two Sam Lees can be told apart. */
    public String nameWithUsername() {
        return displayName + " (" + username + ")";
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasPassword() {
        return passwordHash != null && !passwordHash.isEmpty();
    }

    public boolean signsInWithProvider() {
        return ssoSubject != null;
    }

    /** How the person signs in, as the People page says it. */
    public String signInMethod() {
        if (signsInWithProvider()) {
            return hasPassword() ? "Single sign-on and password" : "Single sign-on";
        }
        return hasPassword() ? "Password" : "Invited, no password yet";
    }

    /** Whether a login attempt at {@code now} is refused whatever the password. */
    public boolean isLockedAt(Instant now) {
        return !enabled || (lockedUntil != null && now.isBefore(lockedUntil));
    }

    public User afterFailedLogin(Instant now) {
        int failures = failedLogins + 1;
        return new User(id, username, displayName, email, passwordHash, roles, enabled, failures,
                LoginThrottle.lockedUntil(failures, now), createdAt, timeZone, locale, lastSignInAt, sessionEpoch, ssoIssuer,
                ssoSubject, version);
    }

    public User afterSignIn(Instant now) {
        return new User(id, username, displayName, email, passwordHash, roles, enabled, 0, null, createdAt, timeZone, locale, now,
                sessionEpoch, ssoIssuer, ssoSubject, version);
    }

    public User withPasswordHash(String newHash) {
        return new User(id, username, displayName, email, newHash, roles, enabled, failedLogins, lockedUntil, createdAt,
                timeZone, locale, lastSignInAt, sessionEpoch, ssoIssuer, ssoSubject, version);
    }

    /** A new password also clears the count of wrong ones: whoever set it has proved who they are. */
    public User withNewPassword(String newHash) {
        return new User(id, username, displayName, email, newHash, roles, enabled, 0, null, createdAt,
                timeZone, locale, lastSignInAt, sessionEpoch, ssoIssuer, ssoSubject, version);
    }

    public User withProfile(String newDisplayName, String newEmail, @Nullable String newTimeZone) {
        return new User(id, username, newDisplayName, newEmail, passwordHash, roles, enabled, failedLogins, lockedUntil,
                createdAt, newTimeZone, locale, lastSignInAt, sessionEpoch, ssoIssuer, ssoSubject, version);
    }

    /** The locale (a BCP 47 tag) dates are typed and shown in; null for the browser's. */
    public User withLocale(@Nullable String newLocale) {
        return new User(id, username, displayName, email, passwordHash, roles, enabled, failedLogins, lockedUntil,
                createdAt, timeZone, newLocale, lastSignInAt, sessionEpoch, ssoIssuer, ssoSubject, version);
    }

    public User withRoles(Set<Role> newRoles) {
        return new User(id, username, displayName, email, passwordHash, newRoles, enabled, failedLogins, lockedUntil,
                createdAt, timeZone, locale, lastSignInAt, sessionEpoch, ssoIssuer, ssoSubject, version);
    }

    public User withEnabled(boolean nowEnabled) {
        return new User(id, username, displayName, email, passwordHash, roles, nowEnabled, failedLogins, lockedUntil,
                createdAt, timeZone, locale, lastSignInAt, sessionEpoch, ssoIssuer, ssoSubject, version);
    }

    /** Every session opened before this moment ends at its next request. */
    public User withSessionsEnded() {
        return new User(id, username, displayName, email, passwordHash, roles, enabled, failedLogins, lockedUntil,
                createdAt, timeZone, locale, lastSignInAt, sessionEpoch + 1, ssoIssuer, ssoSubject, version);
    }

    public User linkedTo(String issuer, String subject) {
        return new User(id, username, displayName, email, passwordHash, roles, enabled, failedLogins, lockedUntil,
                createdAt, timeZone, locale, lastSignInAt, sessionEpoch, issuer, subject, version);
    }
}
