package dev.panel.notification;

import dev.panel.user.User;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Moments as one reader of a message reads them: in their zone (UTC if they chose none), dates in their locale (British
 * English if none), the zone named. The texts around them are English.
 */
record ReaderTimes(ZoneId zone, Locale locale) {

    static ReaderTimes of(User reader) {
        ZoneId zone;
        try {
            zone = reader.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(reader.timeZone());
        } catch (java.time.DateTimeException unknown) {
            zone = ZoneId.of("UTC");
        }
        Locale locale = reader.locale() == null || reader.locale().isBlank() ? Locale.UK : Locale.forLanguageTag(reader.locale());
        return new ReaderTimes(zone, locale);
    }

    /** "Tuesday, 10 March 2026, 15:00 (Europe/Berlin)" in English; the date and time in the reader's locale. */
    String when(Instant moment) {
        var local = moment.atZone(zone);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(local) + ", "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(local) + " (" + zone.getId() + ")";
    }
}
