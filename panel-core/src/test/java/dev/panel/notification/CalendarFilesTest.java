package dev.panel.notification;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar parts are read back with ical4j's own parser and checked with its validator, as a calendar program would. */
class CalendarFilesTest {

    private static final Instant NOW = Instant.parse("2026-03-20T09:00:00Z");
    private static final Instant START = Instant.parse("2026-03-30T13:00:00Z");

    private static CalendarEvent event(int sequence) {
        return new CalendarEvent(CalendarEvent.uid(41, 7, "panel.example.com"), sequence, START, 60, "Ada Example — System design",
                "Interview kit: https://panel.example.com/interview/41", "https://panel.example.com/interview/41",
                "panel@panel.example.com", "dana@example.com", "Dana Interviewer");
    }

    static Calendar parse(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        return calendar;
    }

    static String property(Calendar calendar, String name) {
        VEvent event = calendar.<VEvent>getComponents().get(0);
        return event.<Property>getProperty(name).orElseThrow().getValue();
    }

    @Test
    void an_invitation_is_a_valid_request_for_one_event_in_utc() throws Exception {
        Calendar calendar = parse(CalendarFiles.request(event(0), NOW));

        assertThat(calendar.<Property>getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(calendar.<VEvent>getComponents()).hasSize(1);
        assertThat(property(calendar, "UID")).isEqualTo("interview-41-person-7@panel.example.com");
        assertThat(property(calendar, "SUMMARY")).isEqualTo("Ada Example — System design");
        assertThat(property(calendar, "DTSTART")).isEqualTo("20260330T130000Z");
        assertThat(property(calendar, "DTEND")).isEqualTo("20260330T140000Z");
        assertThat(property(calendar, "SEQUENCE")).isEqualTo("0");
        assertThat(property(calendar, "DESCRIPTION")).contains("https://panel.example.com/interview/41");
        assertThat(property(calendar, "ATTENDEE")).isEqualTo("mailto:dana@example.com");
    }

    @Test
    void a_cancellation_names_the_same_event_with_a_higher_sequence() throws Exception {
        Calendar calendar = parse(CalendarFiles.cancel(event(2), NOW));

        assertThat(calendar.<Property>getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(property(calendar, "UID")).isEqualTo("interview-41-person-7@panel.example.com");
        assertThat(property(calendar, "SEQUENCE")).isEqualTo("2");
        assertThat(property(calendar, "STATUS")).isEqualTo("CANCELLED");
    }

    @Test
    void a_feed_publishes_every_event_and_an_empty_feed_is_still_a_calendar() throws Exception {
        Calendar two = parse(CalendarFiles.feed(java.util.List.of(event(0), event(0)), NOW));
        assertThat(two.<Property>getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(two.<VEvent>getComponents()).hasSize(2);

        Calendar none = new CalendarBuilder().build(new StringReader(CalendarFiles.feed(java.util.List.of(), NOW)));
        assertThat(none.<VEvent>getComponents()).isEmpty();
    }
}
