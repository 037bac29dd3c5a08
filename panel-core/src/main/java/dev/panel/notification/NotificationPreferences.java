package dev.panel.notification;

import dev.panel.audit.AuditLog;
import dev.panel.common.TransactionRetry;
import dev.panel.user.Actor;
import dev.panel.user.SecretTokens;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Each person's own choices (My account): reminders and nudges, and digests, can be turned off; invitations and
 * changes to their interviews always go. Also the secret of their calendar feed: shown once when made, kept only as
 * its SHA-256, and replaced (the old address stops working) whenever they make a new one.
 */
@Singleton
@TransactionRetry
public class NotificationPreferences {

    private final NotificationPreferenceRepository preferences;
    private final AuditLog audit;

    NotificationPreferences(NotificationPreferenceRepository preferences, AuditLog audit) {
        this.preferences = preferences;
        this.audit = audit;
    }

    @ReadOnly
    public NotificationChoices of(Actor actor) {
        NotificationPreference p = load(actor.id());
        return new NotificationChoices(p.reminders(), p.digests(), p.calendarTokenHash() != null);
    }

    @Transactional
    public NotificationChoices choose(Actor actor, boolean reminders, boolean digests) {
        NotificationPreference p = load(actor.id());
        NotificationPreference changed = new NotificationPreference(p.userId(), reminders, digests, p.calendarTokenHash(), p.version());
        if (!changed.equals(p)) {
            save(changed);
            audit.record(actor.username(), "account.notifications-chosen", actor.username(),
                    "reminders " + (reminders ? "on" : "off") + ", digests " + (digests ? "on" : "off"));
        }
        return of(actor);
    }

    /** A new secret for the person's calendar feed; the previous one stops working. The token is in the answer only. */
    @Transactional
    public String newCalendarFeed(Actor actor) {
        String token = SecretTokens.newToken();
        NotificationPreference p = load(actor.id());
        save(new NotificationPreference(p.userId(), p.reminders(), p.digests(), SecretTokens.sha256(token), p.version()));
        audit.record(actor.username(), "account.calendar-feed-made", actor.username(), null);
        return token;
    }

    @ReadOnly
    boolean allows(long userId, NotificationKind kind) {
        return load(userId).allows(kind.choice());
    }

    /** Whose feed the token opens, if any. */
    @ReadOnly
    Optional<Long> feedOwner(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return preferences.findByCalendarTokenHash(SecretTokens.sha256(token)).map(NotificationPreference::userId);
    }

    private NotificationPreference load(long userId) {
        return preferences.findById(userId).orElseGet(() -> NotificationPreference.defaults(userId));
    }

    private void save(NotificationPreference preference) {
        if (preference.version() == null) {
            preferences.save(preference);
        } else {
            preferences.update(preference);
        }
    }
}
