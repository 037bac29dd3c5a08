package dev.panel.notification;

import io.micronaut.core.annotation.Nullable;

/**
 * A notification written out for its reader: subject, plain text, the same as HTML, and for panel changes the
 * iCalendar part with its METHOD ({@code REQUEST} or {@code CANCEL}).
 */
record Letter(String subject, String plain, String html, @Nullable String calendar, @Nullable String calendarMethod) {
}
