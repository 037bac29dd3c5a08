package dev.panel.notification;

import dev.panel.user.User;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each kind of notification for its reader, in their time zone: short, plain, with a link to the page. The
 * texts are made only of the notification's facts, so they cannot hold what a scorecard says.
 */
@Singleton
class Letters {

    private final MailSettings settings;

    Letters(MailSettings settings) {
        this.settings = settings;
    }

    Letter write(Notification n, User reader, Instant now) {
        ReaderTimes times = ReaderTimes.of(reader);
        LetterBody body = new LetterBody().line("Hello " + reader.displayName() + ",");
        String interview = n.fact(Facts.CANDIDATE).isEmpty() ? n.fact(Facts.STAGE) + " interview"
                : n.fact(Facts.CANDIDATE) + " — " + n.fact(Facts.STAGE);
        return switch (n.kind()) {
            case PANEL_INVITATION, PANEL_UPDATE, PANEL_CANCELLATION -> panel(n, reader, now, times, body, interview);
            case REMINDER -> simple("Reminder: " + interview + " " + lead(n), body
                    .line("Your interview " + interview + " starts " + lead(n) + ": " + times.when(instant(n, Facts.STARTS_AT))
                            + ", " + n.fact(Facts.MINUTES) + " minutes.")
                    .link("Open the interview kit", url(n.fact(Facts.PATH))));
            case SCORECARD_OVERDUE -> simple("Your scorecard is overdue: " + interview, body
                    .line("Your scorecard for " + interview + " was due " + times.when(instant(n, Facts.DUE_AT))
                            + ". The hiring manager is waiting for it to decide.")
                    .link("Write and submit it", url(n.fact(Facts.PATH))));
            case LATE_SCORECARDS_DIGEST -> digest(n, times, body);
            case READY_FOR_DEBRIEF -> simple("Ready for debrief: " + n.fact(Facts.CANDIDATE), body
                    .line("All " + n.fact(Facts.SCORECARDS) + " scorecards for " + n.fact(Facts.CANDIDATE)
                            + " are in. You can hold the debrief and record the decision.")
                    .link("Open the debrief", url(n.fact(Facts.PATH))));
            case DECISION_RECORDED -> simple("Decision recorded: " + n.fact(Facts.CANDIDATE) + " — " + n.fact(Facts.OUTCOME), body
                    .line(n.fact(Facts.BY) + " recorded the decision on " + n.fact(Facts.CANDIDATE) + ": " + n.fact(Facts.OUTCOME) + ".")
                    .link("Open the loop", url(n.fact(Facts.PATH))));
            case ACCOUNT_INVITATION -> simple("You are invited to Panel", body
                    .line(n.fact(Facts.BY) + " invited you to Panel, where your team plans interviews and scores candidates.")
                    .link("Choose your password", url(Facts.WELCOME_PATH + n.fact(Facts.TOKEN)))
                    .line("The link works once, until " + times.when(instant(n, Facts.EXPIRES_AT)) + "."));
            case PASSWORD_RESET -> simple("Reset your Panel password", body
                    .line(n.fact(Facts.BY) + " sent you a link to choose a new Panel password.")
                    .link("Choose a new password", url(Facts.WELCOME_PATH + n.fact(Facts.TOKEN)))
                    .line("The link works once, until " + times.when(instant(n, Facts.EXPIRES_AT))
                            + ". If you did not ask for it, tell your Panel admin."));
        };
    }

    private Letter panel(Notification n, User reader, Instant now, ReaderTimes times, LetterBody body, String interview) {
        String startsAt = n.fact(Facts.STARTS_AT);
        Instant start = startsAt.isEmpty() ? null : Instant.parse(startsAt);
        String when = start == null ? "time not set yet" : times.when(start);
        String subject;
        switch (n.kind()) {
            case PANEL_INVITATION -> {
                subject = "Interview: " + interview + ", " + when;
                body.line("You are on the panel for " + interview + ": " + when + ", " + n.fact(Facts.MINUTES) + " minutes.");
                if (start == null) {
                    body.line("A calendar invitation follows when the time is set.");
                }
            }
            case PANEL_UPDATE -> {
                subject = "Interview moved: " + interview + ", " + when;
                String previous = n.fact(Facts.PREVIOUS_STARTS_AT);
                body.line("The time of " + interview + " changed: now " + when
                        + (previous.isEmpty() ? "" : " (was " + times.when(Instant.parse(previous)) + ")") + ".");
            }
            default -> {
                subject = "Interview cancelled: " + interview + (start == null ? "" : ", " + when);
                body.line("You are no longer on the panel for " + interview + (start == null ? "" : " on " + when)
                        + ". Nothing more is needed from you for it.");
            }
        }
        if (n.kind() != NotificationKind.PANEL_CANCELLATION) {
            body.link("Open the interview kit", url(n.fact(Facts.PATH)));
        }
        if (start == null) {
            return new Letter(subject, body.plain(), body.html(), null, null);
        }
        CalendarEvent event = new CalendarEvent(CalendarEvent.uid(n.interviewId(), reader.id(), host()),
                Integer.parseInt(n.fact(Facts.SEQUENCE)), start, Integer.parseInt(n.fact(Facts.MINUTES)), interview,
                "Interview kit: " + url(n.fact(Facts.PATH)), url(n.fact(Facts.PATH)), settings.from() == null ? "panel@localhost"
                : settings.from().getAddress(), reader.email(), reader.displayName());
        boolean cancel = n.kind() == NotificationKind.PANEL_CANCELLATION;
        return new Letter(subject, body.plain(), body.html(), cancel ? CalendarFiles.cancel(event, now) : CalendarFiles.request(event, now),
                cancel ? "CANCEL" : "REQUEST");
    }

    private Letter digest(Notification n, ReaderTimes times, LetterBody body) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; !n.fact(Facts.LATE + i).isEmpty(); i++) {
            String[] parts = n.fact(Facts.LATE + i).split("\\|", 4);
            lines.add(parts[0] + ": " + parts[1] + " — " + parts[2] + ", due " + times.when(Instant.parse(parts[3])));
        }
        body.line(lines.size() == 1 ? "One scorecard is late:" : lines.size() + " scorecards are late:").list(lines)
                .link("See your interviews", url(Facts.MY_INTERVIEWS_PATH))
                .line("You get this digest each day someone is late; turn it off on My account: " + url(Facts.ACCOUNT_PATH));
        return simple("Late scorecards: " + lines.size(), body);
    }

    private static Letter simple(String subject, LetterBody body) {
        return new Letter(subject, body.plain(), body.html(), null, null);
    }

    private static String lead(Notification n) {
        Duration lead = Duration.parse(n.fact(Facts.LEAD));
        if (lead.toMinutes() % 60 == 0) {
            long hours = lead.toHours();
            return hours == 1 ? "in an hour" : "in " + hours + " hours";
        }
        return "in " + lead.toMinutes() + " minutes";
    }

    private static Instant instant(Notification n, String fact) {
        return Instant.parse(n.fact(fact));
    }

    private String url(String path) {
        return settings.baseUrl() + "/" + path;
    }

    private String host() {
        String base = settings.baseUrl();
        return base.isEmpty() ? "panel.localhost" : URI.create(base).getHost();
    }
}
