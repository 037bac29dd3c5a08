package dev.panel.notification;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * iCalendar text (RFC 5545, with RFC 5546's METHOD) written by ical4j: an invitation or update is a REQUEST, a
 * cancellation a CANCEL of the same UID with a higher SEQUENCE, and the personal feed a PUBLISH of every coming
 * interview. Times are written in UTC, so no VTIMEZONE is needed and every calendar program shows them in its own zone.
 */
final class CalendarFiles {

    private static final String PRODUCT = "-//Panel//Interview calendar//EN";

    private CalendarFiles() {
    }

    static String request(CalendarEvent event, Instant now) {
        return write(ImmutableMethod.REQUEST, List.of(event(event, now, false, true)));
    }

    static String cancel(CalendarEvent event, Instant now) {
        return write(ImmutableMethod.CANCEL, List.of(event(event, now, true, true)));
    }

    static String feed(List<CalendarEvent> events, Instant now) {
        return write(ImmutableMethod.PUBLISH, events.stream().map(e -> event(e, now, false, false)).toList());
    }

    private static String write(Method method, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        events.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            // validating: a file that breaks RFC 5545 fails here, in Panel, rather than in someone's calendar
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A published feed names no attendee (RFC 5546, 3.2.1); invitations and cancellations name their reader. */
    private static VEvent event(CalendarEvent event, Instant now, boolean cancelled, boolean addressed) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.uid()));
        vevent.add(new DtStamp(now));
        vevent.add(new net.fortuna.ical4j.model.property.DtStart<>(event.start()));
        vevent.add(new net.fortuna.ical4j.model.property.DtEnd<>(event.start().plus(Duration.ofMinutes(event.minutes()))));
        vevent.add(new net.fortuna.ical4j.model.property.Summary(event.summary()));
        vevent.add(new Description(event.description()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new Url(URI.create(event.url())));
        vevent.add(new Organizer(URI.create("mailto:" + event.organizerEmail())));
        if (addressed) {
            ParameterList attendee = new ParameterList(List.of(new Cn(event.attendeeName()), Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION));
            vevent.add(new Attendee(attendee, URI.create("mailto:" + event.attendeeEmail())));
        }
        vevent.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return vevent;
    }
}
