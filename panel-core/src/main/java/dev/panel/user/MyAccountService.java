package dev.panel.user;

import dev.panel.audit.AuditLog;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.common.TransactionRetry;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * What every person may change about their own account (My account): name, email, time zone, locale, password, and signing out
 * everywhere. A password change needs the current password and ends the person's other sessions and tokens; the
 * caller renews its own session with the account it gets back.
 */
@Singleton
@TransactionRetry
public class MyAccountService {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AccountSessions sessions;
    private final AuditLog audit;

    MyAccountService(UserRepository users, PasswordHasher hasher, AccountSessions sessions, AuditLog audit) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Transactional
    public User me(Actor actor) {
        return load(actor);
    }

    /** Name, email and zone, keeping the locale the person has (for callers that do not offer one). */
    @Transactional
    public User updateProfile(Actor actor, String displayName, String email, String timeZone) {
        return updateProfile(actor, displayName, email, timeZone, load(actor).locale());
    }

    /** Name, email, zone and locale (a BCP 47 tag such as en-GB; blank for the browser's). */
    @Transactional
    public User updateProfile(Actor actor, String displayName, String email, String timeZone, String locale) {
        User user = load(actor);
        String newEmail = AccountRules.email(email);
        if (!newEmail.equals(user.email()) && users.findByEmail(newEmail).isPresent()) {
            throw new dev.panel.common.ConflictException("email: " + newEmail + " already belongs to another account.");
        }
        User changed = user.withProfile(AccountRules.displayName(displayName, user.displayName()), newEmail, AccountRules.timeZone(timeZone))
                .withLocale(AccountRules.locale(locale));
        if (changed.equals(user)) {
            return user;
        }
        audit.record(actor.username(), "account.profile-changed", actor.username(), null);
        return users.update(changed);
    }

    /** The browser's zone, kept at the first sign-in while the person has chosen none. */
    @Transactional
    public void adoptTimeZoneIfUnset(Actor actor, String browserZone) {
        adoptBrowserSettings(actor, browserZone, null);
    }

    /**
     * The browser's zone and locale, each kept while the person has chosen none; returns the account as it now is.
     * What Java does not know is left unset, so the person still sees a sensible default and may pick one.
     */
    @Transactional
    public User adoptBrowserSettings(Actor actor, String browserZone, String browserLocale) {
        User user = load(actor);
        User adopted = user;
        if (user.timeZone() == null) {
            adopted = adopted.withProfile(user.displayName(), user.email(), knownOrNull(() -> AccountRules.timeZone(browserZone)));
        }
        if (user.locale() == null) {
            adopted = adopted.withLocale(knownOrNull(() -> AccountRules.locale(browserLocale)));
        }
        return adopted.equals(user) ? user : users.update(adopted);
    }

    private static String knownOrNull(java.util.function.Supplier<String> rule) {
        try {
            return rule.get();
        } catch (InvalidInputException unknown) {
            return null;
        }
    }

    @Transactional
    public User changePassword(Actor actor, String currentPassword, String newPassword) {
        User user = load(actor);
        if (user.hasPassword() && !hasher.matches(currentPassword, user.passwordHash())) {
            audit.record(actor.username(), "account.password-change-refused", actor.username(), "wrong current password");
            throw new InvalidInputException("currentPassword: that is not your current password.");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword: the new password is the same as the current one.");
        }
        PasswordPolicy.check(newPassword);
        User saved = users.update(user.withNewPassword(hasher.hash(newPassword)));
        audit.record(actor.username(), "account.password-changed", actor.username(), null);
        return sessions.endAll(saved, actor.username(), "password changed");
    }

    @Transactional
    public User signOutEverywhere(Actor actor) {
        return sessions.endAll(load(actor), actor.username(), "signed out everywhere");
    }

    private User load(Actor actor) {
        return users.findById(actor.id()).orElseThrow(() -> new NotFoundException("Your account no longer exists."));
    }
}
