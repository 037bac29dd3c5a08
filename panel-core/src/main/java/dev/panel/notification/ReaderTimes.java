package dev.panel.notification;

import dev.panel.user.User;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Moments as one reader reads them: in their zone (UTC if they chose none), their locale's date, the zone named. */
record ReaderTimes(ZoneId zone, Locale locale) {

    static ReaderTimes of(User reader) {
        ZoneId zone;
        try {
            zone = reader.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(reader.timeZone());
        } catch (java.time.DateTimeException unknown) {
            zone = ZoneId.of("UTC");
        }
        return new ReaderTimes(zone, Locale.UK);
    }

    /** "Tuesday, 10 March 2026, 15:00 (Europe/Berlin)" in English; the date and time in the reader's locale. */
    String when(Instant moment) {
        var local = moment.atZone(zone);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(local) + ", "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(local) + " (" + zone.getId() + ")";
    }
}
