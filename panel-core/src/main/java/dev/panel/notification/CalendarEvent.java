package dev.panel.notification;

import java.time.Instant;

/**
 * One interview as a calendar event for one person. {@code uid} stays the same through every update and the
 * cancellation of that interview for that person; {@code sequence} counts the messages about it before this one.
 */
record CalendarEvent(String uid, int sequence, Instant start, int minutes, String summary, String description, String url,
                     String organizerEmail, String attendeeEmail, String attendeeName) {

    /** The UID of an interview's event in one person's calendar: stable, and unique to this Panel's address. */
    static String uid(long interviewId, long personId, String host) {
        return "interview-" + interviewId + "-person-" + personId + "@" + host;
    }
}
