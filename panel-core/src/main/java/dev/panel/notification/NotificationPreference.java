package dev.panel.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

/** What one person chose to hear, and the hash of their calendar feed's secret. No row: the defaults. */
@MappedEntity("notification_preference")
record NotificationPreference(@Id long userId, boolean reminders, boolean digests, @Nullable String calendarTokenHash,
                              @Version @Nullable Long version) {

    static NotificationPreference defaults(long userId) {
        return new NotificationPreference(userId, true, true, null, null);
    }

    boolean allows(NotificationKind.Choice choice) {
        return switch (choice) {
            case ALWAYS -> true;
            case REMINDERS -> reminders;
            case DIGESTS -> digests;
        };
    }
}
