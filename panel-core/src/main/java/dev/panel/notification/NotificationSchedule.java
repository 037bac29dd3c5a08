package dev.panel.notification;

import dev.panel.candidate.CandidateService;
import dev.panel.common.TransactionRetry;
import dev.panel.loop.InterviewView;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopView;
import dev.panel.scorecard.ScorecardService;
import dev.panel.scorecard.ScorecardStatus;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Panel says on its own, once a minute: reminders before interviews, one nudge per overdue scorecard, and each
 * hiring manager's daily digest of who is late. The timer runs it on one instance of a cluster per round
 * ({@link NotificationRounds}); should two ever run it at once, each message's event key is unique per person in the
 * outbox, so the second writes nothing.
 */
@Singleton
@TransactionRetry
public class NotificationSchedule {

    /** How far back an overdue scorecard is still chased. */
    static final Duration CHASE_FOR = Duration.ofDays(30);
    /** The digest goes at the first round after this hour in the hiring manager's zone. */
    static final LocalTime DIGEST_FROM = LocalTime.of(8, 0);

    private final LoopService loops;
    private final ScorecardService scorecards;
    private final CandidateService candidates;
    private final UserService users;
    private final NotificationPreferences preferences;
    private final NotificationEvents events;
    private final NotificationRepository notifications;
    private final Outbox outbox;
    private final MailSettings settings;
    private final Clock clock;

    NotificationSchedule(LoopService loops, ScorecardService scorecards, CandidateService candidates, UserService users,
                         NotificationPreferences preferences, NotificationEvents events, NotificationRepository notifications,
                         Outbox outbox, MailSettings settings, Clock clock) {
        this.loops = loops;
        this.scorecards = scorecards;
        this.candidates = candidates;
        this.users = users;
        this.preferences = preferences;
        this.events = events;
        this.notifications = notifications;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** One round; how many notifications it wrote. */
    @Transactional
    public int run() {
        Instant now = clock.instant();
        return remind(now) + chase(now);
    }

    private int remind(Instant now) {
        List<Duration> leads = settings.reminders();
        if (leads.isEmpty()) {
            return 0;
        }
        int written = 0;
        for (LoopView loop : loops.openLoopsScheduledBetween(now, now.plus(leads.get(0)))) {
            Map<String, ScorecardStatus> status = statusByPanelist(loop);
            for (InterviewView interview : loop.interviews()) {
                Instant at = interview.interview().scheduledAt();
                Optional<Duration> due = at == null || !at.isAfter(now) ? Optional.empty()
                        : leads.stream().filter(lead -> !now.isBefore(at.minus(lead))).reduce((a, b) -> b);
                if (due.isEmpty()) {
                    continue;
                }
                Duration lead = due.get();
                for (long person : interview.panelistIds()) {
                    ScorecardStatus mine = status.get(interview.interview().id() + ":" + person);
                    boolean scored = mine != null && mine.isSubmitted();
                    boolean justTold = notifications.existsByInterviewIdAndRecipientIdAndKindInAndCreatedAtGreaterThan(
                            interview.interview().id(), person, NotificationKind.ABOUT_A_PANEL, at.minus(lead));
                    if (scored || justTold || !preferences.allows(person, NotificationKind.REMINDER)) {
                        continue;
                    }
                    Map<String, String> facts = interviewFacts(loop, interview);
                    facts.put(Facts.LEAD, lead.toString());
                    if (outbox.add(new Notice("reminder:" + interview.interview().id() + ":" + at.getEpochSecond() + ":" + lead,
                            person, NotificationKind.REMINDER, loop.loop().id(), interview.interview().id(), facts))) {
                        written++;
                    }
                }
            }
        }
        return written;
    }

    private int chase(Instant now) {
        int written = 0;
        Map<Long, List<String>> lateByManager = new LinkedHashMap<>();
        Map<Long, User> people = new HashMap<>();
        for (LoopView loop : loops.openLoopsScheduledBetween(now.minus(CHASE_FOR), now)) {
            Map<Long, InterviewView> byId = new HashMap<>();
            loop.interviews().forEach(i -> byId.put(i.interview().id(), i));
            List<ScorecardStatus> late = statusByPanelist(loop).values().stream().filter(s -> s.isOverdue(now)).toList();
            List<User> managers = late.isEmpty() ? List.of() : events.hiringManagersOf(loop.loop());
            for (ScorecardStatus status : late) {
                InterviewView interview = byId.get(status.interviewId());
                Map<String, String> facts = interviewFacts(loop, interview);
                facts.put(Facts.DUE_AT, status.dueAt().toString());
                if (preferences.allows(status.interviewerId(), NotificationKind.SCORECARD_OVERDUE)
                        && outbox.add(new Notice("overdue:" + status.interviewId(), status.interviewerId(), NotificationKind.SCORECARD_OVERDUE,
                        loop.loop().id(), status.interviewId(), facts))) {
                    written++;
                }
                User interviewer = people.computeIfAbsent(status.interviewerId(), id -> users.find(id).orElse(null));
                String line = (interviewer == null ? "someone" : interviewer.displayName()) + "|" + facts.get(Facts.CANDIDATE) + "|"
                        + facts.get(Facts.STAGE) + "|" + status.dueAt();
                for (User manager : managers) {
                    lateByManager.computeIfAbsent(manager.id(), k -> new ArrayList<>()).add(line);
                    people.putIfAbsent(manager.id(), manager);
                }
            }
        }
        for (Map.Entry<Long, List<String>> entry : lateByManager.entrySet()) {
            written += digest(people.get(entry.getKey()), entry.getValue(), now);
        }
        return written;
    }

    private int digest(User manager, List<String> lines, Instant now) {
        ReaderTimes times = ReaderTimes.of(manager);
        var local = now.atZone(times.zone());
        if (local.toLocalTime().isBefore(DIGEST_FROM) || !preferences.allows(manager.id(), NotificationKind.LATE_SCORECARDS_DIGEST)) {
            return 0;
        }
        Map<String, String> facts = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            facts.put(Facts.LATE + i, lines.get(i));
        }
        return outbox.add(new Notice("late-digest:" + local.toLocalDate(), manager.id(), NotificationKind.LATE_SCORECARDS_DIGEST,
                null, null, facts)) ? 1 : 0;
    }

    private Map<String, String> interviewFacts(LoopView loop, InterviewView interview) {
        Map<String, String> facts = new HashMap<>();
        facts.put(Facts.CANDIDATE, candidates.get(loop.loop().candidateId()).name());
        facts.put(Facts.STAGE, interview.stage().name());
        facts.put(Facts.MINUTES, String.valueOf(interview.stage().minutes()));
        facts.put(Facts.STARTS_AT, String.valueOf(interview.interview().scheduledAt()));
        facts.put(Facts.PATH, Facts.interviewPath(interview.interview().id()));
        return facts;
    }

    private Map<String, ScorecardStatus> statusByPanelist(LoopView loop) {
        Map<String, ScorecardStatus> byPanelist = new HashMap<>();
        scorecards.progress(List.of(loop)).getOrDefault(loop.loop().id(), List.of())
                .forEach(s -> byPanelist.put(s.interviewId() + ":" + s.interviewerId(), s));
        return byPanelist;
    }
}
