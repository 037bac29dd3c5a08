package dev.panel.notification;

import dev.panel.candidate.Candidate;
import dev.panel.candidate.CandidateService;
import dev.panel.loop.InterviewView;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopView;
import dev.panel.user.Actor;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's coming interviews as an iCalendar feed, for calendar programs that subscribe to an address. The
 * address carries a secret only its owner has (see {@link NotificationPreferences#newCalendarFeed}); a deactivated
 * account's feed answers nothing. Interviews of the last day stay in, so that today's do not vanish at their start.
 */
@Singleton
public class CalendarFeed {

    private final NotificationPreferences preferences;
    private final UserService users;
    private final LoopService loops;
    private final CandidateService candidates;
    private final MailSettings settings;
    private final Clock clock;

    CalendarFeed(NotificationPreferences preferences, UserService users, LoopService loops, CandidateService candidates,
                 MailSettings settings, Clock clock) {
        this.preferences = preferences;
        this.users = users;
        this.loops = loops;
        this.candidates = candidates;
        this.settings = settings;
        this.clock = clock;
    }

    /** The feed's text, or empty when the token opens no feed. {@code baseUrl} is where the reader reaches Panel. */
    @ReadOnly
    public Optional<String> read(String token, String baseUrl) {
        Optional<User> owner = preferences.feedOwner(token).flatMap(users::find).filter(User::enabled);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        User person = owner.get();
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(1));
        List<LoopView> theirs = loops.interviewsOf(new Actor(person.id(), person.username(), person.roles()));
        Map<Long, Candidate> names = candidates.byIds(theirs.stream().map(l -> l.loop().candidateId()).toList());
        String base = settings.baseUrl().isEmpty() ? baseUrl : settings.baseUrl();
        String host = java.net.URI.create(base).getHost();
        String organizer = settings.from() == null ? "panel@" + host : settings.from().getAddress();
        List<CalendarEvent> events = new ArrayList<>();
        for (LoopView loop : theirs) {
            for (InterviewView interview : loop.interviews()) {
                Instant at = interview.interview().scheduledAt();
                if (at == null || at.isBefore(from) || !interview.panelistIds().contains(person.id())) {
                    continue;
                }
                Candidate candidate = names.get(loop.loop().candidateId());
                String url = base + "/" + Facts.interviewPath(interview.interview().id());
                events.add(new CalendarEvent(CalendarEvent.uid(interview.interview().id(), person.id(), host), 0, at,
                        interview.stage().minutes(), (candidate == null ? "" : candidate.name() + " — ") + interview.stage().name(),
                        "Interview kit: " + url, url, organizer, person.email(), person.displayName()));
            }
        }
        return Optional.of(CalendarFiles.feed(events, now));
    }
}
