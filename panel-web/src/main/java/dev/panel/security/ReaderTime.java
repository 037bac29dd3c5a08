package dev.panel.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.panel.user.User;
import io.micronaut.core.annotation.Nullable;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;

/**
 * The zone and locale of the person reading a page, and every time Panel shows them, written and read in those.
 * <p>
 * DESIGN: times are stored as UTC instants; this is the one place in the web module that turns them into text for
 * a reader, and turns what a reader picked back into instants. The zone is the account's, else the browser's, else
 * UTC; the locale the account's, else the browser's, else en-GB. It is kept in the HTTP session beside the signed-in
 * user (set at sign-in, refined at the first page once the browser has said its zone, replaced when My account
 * saves), so every page of a session agrees; the UI's locale follows it, so that Vaadin's date pickers take and
 * show dates the way the reader writes them (10/12/2026 is 10 December under en-GB). A moment is labelled with its
 * zone (a short name such as CET where it names one zone, else the offset), so that it cannot be misread.
 */
public record ReaderTime(ZoneId zone, Locale locale) implements Serializable {

    /** The HTTP-session attribute holding the reader's zone and locale. */
    public static final String SESSION_ATTRIBUTE = "dev.panel.reader-time";
    public static final Locale DEFAULT_LOCALE = Locale.UK;
    /** Short names that stand for more than one zone (India, Israel and Ireland are all "IST"), shown as an offset instead. */
    private static final Set<String> AMBIGUOUS = Set.of("IST", "CST", "CDT", "BST", "AST", "ADT", "GST", "SST", "ECT");

    /** The account's zone and locale where it has them, else the browser's, else UTC and en-GB. */
    public static ReaderTime of(@Nullable String accountZone, @Nullable String accountLocale,
                                @Nullable String browserZone, @Nullable Locale browserLocale) {
        ZoneId zone = zoneOrNull(accountZone);
        if (zone == null) {
            zone = zoneOrNull(browserZone);
        }
        Locale locale = accountLocale == null || accountLocale.isBlank() ? null : Locale.forLanguageTag(accountLocale);
        if (locale == null || locale.getLanguage().isEmpty()) {
            locale = browserLocale == null || browserLocale.getLanguage().isEmpty() ? DEFAULT_LOCALE : browserLocale;
        }
        // normalized, so that the browser's "Etc/UTC" and no zone at all are the same reader
        return new ReaderTime(zone == null ? ZoneOffset.UTC : zone.normalized(), locale);
    }

    /** A caller with no browser behind it (an API token): the account's, else UTC and en-GB. */
    public static ReaderTime ofAccount(User user) {
        return of(user.timeZone(), user.locale(), null, null);
    }

    /** The reader of the current UI request; before anything is known of them, UTC in the request's language. */
    public static ReaderTime current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null
                && session.getSession().getAttribute(SESSION_ATTRIBUTE) instanceof ReaderTime reader) {
            return reader;
        }
        return of(null, null, null, requestLocale());
    }

    /** Keeps {@code reader} for the rest of the session and puts the current UI in its locale. */
    public static void remember(ReaderTime reader) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(SESSION_ATTRIBUTE, reader);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(reader.locale());
        }
    }

    /** The language the browser asked for in the current request, if there is one. */
    @Nullable
    public static Locale requestLocale() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getLocale();
    }

    /** "Tue 10 Mar 2026, 15:00 CET" (in the reader's locale and zone). */
    public String moment(Instant at) {
        return formatter("EEE " + datePattern() + ", " + timePattern()).format(at) + " " + zoneLabel(at);
    }

    /** "10 Mar 2026, 15:00:07 CET", for records read to the second (the audit log). */
    public String exact(Instant at) {
        return formatter(datePattern() + ", ").format(at) + clock(at) + " " + zoneLabel(at);
    }

    /** "10 Mar 2026": the reader's day of {@code at}. */
    public String day(Instant at) {
        return formatter(datePattern()).format(at);
    }

    public String day(LocalDate day) {
        return DateTimeFormatter.ofPattern(datePattern(), locale).format(day);
    }

    /** "15:00 CET". */
    public String time(Instant at) {
        return formatter(timePattern()).format(at) + " " + zoneLabel(at);
    }

    /** "15:00:07", for a moment a few seconds ago on the same screen (no zone: it is just now). */
    public String clock(Instant at) {
        return formatter(DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.MEDIUM, IsoChronology.INSTANCE, locale)).format(at);
    }

    /**
     * The time of {@code at} for someone in {@code theirs}, as the reader would write it: "09:00 America/New_York",
     * with the day in front when it is not the reader's day ("Sat 28 Mar, 23:00 America/Los_Angeles").
     */
    public String timeIn(Instant at, ZoneId theirs) {
        ReaderTime them = new ReaderTime(theirs, locale);
        String time = them.formatter(timePattern()).format(at);
        if (!them.dayOf(at).equals(dayOf(at))) {
            time = them.formatter("EEE d MMM").format(at) + ", " + time;
        }
        return time + " " + them.zoneName();
    }

    /**
     * The time of {@code at} for a person whose account is in {@code theirZone}, or null where it would tell the
     * reader nothing: no time, no zone (or one Java does not know), or the same wall clock as the reader's.
     */
    @Nullable
    public String theirTime(@Nullable Instant at, @Nullable String theirZone) {
        ZoneId theirs = zoneOrNull(theirZone);
        if (at == null || theirs == null || theirs.getRules().getOffset(at).equals(zone.getRules().getOffset(at))) {
            return null;
        }
        return timeIn(at, theirs);
    }

    /** The zone's name for a label, such as "Time (Europe/Berlin)". */
    public String zoneName() {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** The zone at {@code at}: "CET", "CEST", "EDT", or "UTC+05:30" where the short name is not one zone's alone. */
    public String zoneLabel(Instant at) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        if (zone instanceof ZoneOffset) {
            return "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
        }
        String shortName = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).withZone(zone).format(at);
        boolean letters = shortName.chars().allMatch(Character::isLetter);
        return letters && !AMBIGUOUS.contains(shortName) ? shortName : "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
    }

    /** What the reader picked on a clock in their zone, as the instant it is. */
    @Nullable
    public Instant instantOf(@Nullable LocalDateTime picked) {
        return picked == null ? null : picked.atZone(zone).toInstant();
    }

    /** The reader's wall-clock time at {@code at}, for a picker. */
    @Nullable
    public LocalDateTime local(@Nullable Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone);
    }

    public LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** The first instant of the reader's {@code day}. */
    @Nullable
    public Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private String datePattern() {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null, IsoChronology.INSTANCE, locale);
        // Java's medium pattern for en-GB is "d MMM y"; four digits read better in a record that spans years
        return pattern.replaceAll("(?<![yY])y(?![yY])", "yyyy");
    }

    private String timePattern() {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT, IsoChronology.INSTANCE, locale);
    }

    private DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(zone);
    }

    @Nullable
    private static ZoneId zoneOrNull(@Nullable String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException unknown) {
            return null;
        }
    }
}
