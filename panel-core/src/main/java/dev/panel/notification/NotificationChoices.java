package dev.panel.notification;

import io.micronaut.serde.annotation.Serdeable;

/** A person's choices as My account shows them: whether reminders and digests come, and whether a feed exists. */
@Serdeable
public record NotificationChoices(boolean reminders, boolean digests, boolean hasCalendarFeed) {
}
