package dev.panel.notification;

import dev.panel.candidate.CandidateService;
import dev.panel.decision.DecisionRecorded;
import dev.panel.loop.HiringLoop;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopView;
import dev.panel.loop.PanelChanged;
import dev.panel.role.RoleService;
import dev.panel.scorecard.ScorecardService;
import dev.panel.scorecard.ScorecardSubmitted;
import dev.panel.user.AccountLinkIssued;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who hears about what the feature services report. Runs inside the transaction of the change (Micronaut calls
 * listeners in the publishing thread), so the outbox row commits or rolls back with it.
 */
@Singleton
class NotificationEvents {

    private final Outbox outbox;
    private final NotificationRepository notifications;
    private final CandidateService candidates;
    private final LoopService loops;
    private final RoleService roles;
    private final ScorecardService scorecards;
    private final UserService users;
    private final Clock clock;

    NotificationEvents(Outbox outbox, NotificationRepository notifications, CandidateService candidates, LoopService loops,
                       RoleService roles, ScorecardService scorecards, UserService users, Clock clock) {
        this.clock = clock;
        this.outbox = outbox;
        this.notifications = notifications;
        this.candidates = candidates;
        this.loops = loops;
        this.roles = roles;
        this.scorecards = scorecards;
        this.users = users;
    }

    /** Newcomers get an invitation, those staying an update if the time moved, those taken off a cancellation. */
    @EventListener
    void on(PanelChanged change) {
        Set<Long> before = new LinkedHashSet<>(change.panelBefore());
        String candidate = change.loopDeleted() ? "" : candidates.get(change.candidateId()).name();
        for (long person : change.panelAfter()) {
            if (!before.contains(person)) {
                panelNotice(change, person, NotificationKind.PANEL_INVITATION, candidate, change.scheduledAfter(), null);
            } else if (change.timeChanged()) {
                panelNotice(change, person, NotificationKind.PANEL_UPDATE, candidate, change.scheduledAfter(), change.scheduledBefore());
            }
        }
        boolean over = change.scheduledBefore() != null && change.scheduledBefore().isBefore(clock.instant());
        for (long person : before) {
            if (!change.panelAfter().contains(person) && !over) {
                panelNotice(change, person, NotificationKind.PANEL_CANCELLATION, candidate, change.scheduledBefore(), null);
            }
        }
    }

    @EventListener
    void on(ScorecardSubmitted submitted) {
        if (!scorecards.allSubmitted(submitted.loopId())) {
            return;
        }
        LoopView view = loops.withoutAccessCheck(submitted.loopId());
        HiringLoop loop = view.loop();
        int count = view.interviews().stream().mapToInt(i -> i.panelistIds().size()).sum();
        Map<String, String> facts = Map.of(Facts.CANDIDATE, candidates.get(loop.candidateId()).name(),
                Facts.SCORECARDS, String.valueOf(count), Facts.PATH, Facts.debriefPath(loop.id()));
        for (User manager : hiringManagersOf(loop)) {
            outbox.add(new Notice("debrief:" + loop.id(), manager.id(), NotificationKind.READY_FOR_DEBRIEF, loop.id(), null, facts));
        }
    }

    @EventListener
    void on(DecisionRecorded recorded) {
        HiringLoop loop = loops.withoutAccessCheck(recorded.loopId()).loop();
        String decider = users.findByUsername(recorded.decidedBy()).map(User::displayName).orElse(recorded.decidedBy());
        Map<String, String> facts = Map.of(Facts.CANDIDATE, candidates.get(loop.candidateId()).name(),
                Facts.OUTCOME, recorded.outcome().label(), Facts.BY, decider, Facts.PATH, Facts.loopPath(loop.id()));
        for (User recruiter : recruitersOf(loop)) {
            if (!recruiter.username().equals(recorded.decidedBy())) {
                outbox.add(new Notice("decision:" + loop.id(), recruiter.id(), NotificationKind.DECISION_RECORDED, loop.id(), null, facts));
            }
        }
    }

    @EventListener
    void on(AccountLinkIssued issued) {
        String by = users.findByUsername(issued.issuedBy()).map(User::displayName).orElse(issued.issuedBy());
        Map<String, String> facts = Map.of(Facts.TOKEN, issued.token(), Facts.EXPIRES_AT, issued.expiresAt().toString(), Facts.BY, by);
        outbox.add(new Notice("account-link:" + issued.userId() + ":" + issued.expiresAt().toEpochMilli(), issued.userId(),
                issued.invitation() ? NotificationKind.ACCOUNT_INVITATION : NotificationKind.PASSWORD_RESET, null, null, facts));
    }

    private void panelNotice(PanelChanged change, long person, NotificationKind kind, String candidate, Instant startsAt, Instant previous) {
        Map<String, String> facts = new HashMap<>();
        facts.put(Facts.CANDIDATE, candidate);
        facts.put(Facts.STAGE, change.stageName());
        facts.put(Facts.MINUTES, String.valueOf(change.minutes()));
        facts.put(Facts.STARTS_AT, startsAt == null ? "" : startsAt.toString());
        facts.put(Facts.PREVIOUS_STARTS_AT, previous == null ? "" : previous.toString());
        facts.put(Facts.PATH, Facts.interviewPath(change.interviewId()));
        long told = notifications.countByInterviewIdAndRecipientIdAndKindIn(change.interviewId(), person, NotificationKind.ABOUT_A_PANEL);
        facts.put(Facts.SEQUENCE, String.valueOf(told));
        // a deleted loop's cancellation names no candidate and belongs to no loop, so erasing the loop's news keeps it
        Long loopId = change.loopDeleted() ? null : change.loopId();
        outbox.add(new Notice("panel:" + change.change(), person, kind, loopId, change.interviewId(), facts));
    }

    /** The role's hiring manager; every hiring manager for a role that names none. */
    List<User> hiringManagersOf(HiringLoop loop) {
        Long named = roles.get(loop.roleId()).role().hiringManagerId();
        if (named != null) {
            return users.find(named).filter(User::enabled).map(List::of).orElse(List.of());
        }
        return users.withRole(Role.HIRING_MANAGER);
    }

    /** The recruiter who opened the loop; every recruiter when a hiring manager opened it. */
    private List<User> recruitersOf(HiringLoop loop) {
        List<User> opener = new ArrayList<>();
        users.findByUsername(loop.openedBy()).filter(u -> u.enabled() && u.hasRole(Role.RECRUITER)).ifPresent(opener::add);
        return opener.isEmpty() ? users.withRole(Role.RECRUITER) : opener;
    }
}
