package dev.panel.decision;

import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import dev.panel.common.ForbiddenException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.Texts;
import dev.panel.common.TransactionRetry;
import dev.panel.loop.HiringLoop;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopView;
import dev.panel.scorecard.ScorecardService;
import dev.panel.scorecard.ScorecardStatus;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Records the hiring manager's decision on a loop, once. */
@Singleton
@TransactionRetry
public class DecisionService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private static final int OUTCOMES_A_QUERY = 1000;

    private final DecisionRepository decisions;
    private final LoopService loops;
    private final ScorecardService scorecards;
    private final UserService users;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher<DecisionRecorded> recorded;

    DecisionService(DecisionRepository decisions, LoopService loops, ScorecardService scorecards, UserService users, AuditLog audit,
                    Clock clock, ApplicationEventPublisher<DecisionRecorded> recorded) {
        this.users = users;
        this.recorded = recorded;
        this.decisions = decisions;
        this.loops = loops;
        this.scorecards = scorecards;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the decision once, with every scorecard in (otherwise it is refused, naming who is missing). */
    public Decision decide(Actor actor, long loopId, Outcome outcome, String reason) {
        return decide(actor, loopId, outcome, reason, null);
    }

    /**
     * Records the decision once. While scorecards are missing it needs {@code earlyReason}, the written reason for not
     * waiting, which is kept with the decision and in the audit log (as a plan's coverage override is).
     * Decisions on a loop wait for each other on the loop's row, read committed, so that
     * of two requests at once the second sees the first's decision and answers 409 naming it (under repeatable read
     * it would see nothing, and without the lock the two deadlocked on the loop's row: a 500).
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public Decision decide(Actor actor, long loopId, Outcome outcome, String reason, @Nullable String earlyReason) {
        HiringLoop loop = loops.visibleLoop(actor, loopId);
        if (!loops.managesRole(actor, loop)) {
            throw new ForbiddenException("Only the role's hiring manager records the decision.");
        }
        if (scorecards.stillScoring(actor, loopId)) {
            throw new ForbiddenException("You sit on this candidate's panel: submit your own scorecard before you record the decision.");
        }
        if (outcome == null) {
            throw new InvalidInputException("Choose the outcome: hire or no hire.");
        }
        String why = Texts.required(reason, "The reason for the decision", 4000);
        String whyEarly = Texts.optional(earlyReason, "The reason for deciding early", 4000);
        loops.lockForChange(loopId);
        Optional<Decision> existing = decisions.findByLoopId(loopId);
        if (existing.isPresent()) {
            throw alreadyDecided(existing.get());
        }
        List<MissingScorecard> missing = missingScorecards(actor, loopId);
        Decision saved;
        try {
            saved = decisions.save(Decision.taken(loopId, outcome, why, whyEarly, missing, actor.username(), clock.instant()));
        } catch (DataAccessException raced) {
            throw decisions.findByLoopId(loopId).map(DecisionService::alreadyDecided).orElseThrow(() -> raced);
        }
        loops.markDecided(loopId);
        // Like the decision's own reason, the early reason stays out of the audit log: the log is read by admins who may
        // sit on the panel, and outlives the candidate's anonymisation. It records that, and before whom, the decision came.
        audit.record(actor.username(), "decision.recorded", "loop:" + loopId, saved.wasEarly()
                ? outcome.name() + "; decided early, with a written reason kept with the decision. " + MissingScorecard.sentence(missing)
                : outcome.name());
        recorded.publishEvent(new DecisionRecorded(loopId, outcome, actor.username()));
        return saved;
    }

    /** The scorecards the loop still waits for, with the names of those who owe them; safe for anyone who may see the loop. */
    @ReadOnly
    public List<MissingScorecard> missingScorecards(Actor actor, long loopId) {
        LoopView loop = loops.get(actor, loopId);
        List<ScorecardStatus> open = scorecards.progress(actor, loopId).stream().filter(s -> !s.isSubmitted()).toList();
        Map<Long, User> people = users.byIds(open.stream().map(ScorecardStatus::interviewerId).distinct().toList());
        Map<Long, String> stages = loop.interviews().stream().collect(Collectors.toMap(i -> i.interview().id(), i -> i.stage().name()));
        return open.stream().map(s -> new MissingScorecard(s.interviewerId(),
                Optional.ofNullable(people.get(s.interviewerId())).map(User::nameWithUsername).orElse("user " + s.interviewerId()),
                stages.getOrDefault(s.interviewId(), "interview " + s.interviewId()))).toList();
    }

    /** The loop's decision; refused to a panelist who has not submitted, as its reason speaks of the others' scorecards. */
    @ReadOnly
    public Optional<Decision> of(Actor actor, long loopId) {
        loops.visibleLoop(actor, loopId);
        if (scorecards.stillScoring(actor, loopId)) {
            throw new ForbiddenException("You sit on this candidate's panel: the decision shows once you have submitted your own scorecard.");
        }
        return decisions.findByLoopId(loopId);
    }

    /**
     * The outcome of each of these loops that has been decided, for reports over ratings the actor may read across
     * candidates (recruiters, hiring managers, admins); read in chunks, so that a report over many loops stays a few queries.
     */
    @ReadOnly
    public Map<Long, Outcome> outcomes(Actor actor, Collection<Long> loopIds) {
        actor.require("read decisions across candidates", Role.RECRUITER, Role.HIRING_MANAGER);
        List<Long> ids = List.copyOf(loopIds);
        Map<Long, Outcome> outcomes = new HashMap<>();
        for (int from = 0; from < ids.size(); from += OUTCOMES_A_QUERY) {
            decisions.findByLoopIdIn(ids.subList(from, Math.min(ids.size(), from + OUTCOMES_A_QUERY)))
                    .forEach(d -> outcomes.put(d.loopId(), d.outcome()));
        }
        return outcomes;
    }

    private static ConflictException alreadyDecided(Decision decision) {
        return new ConflictException("This loop was already decided (" + decision.outcome().label() + ") by " + decision.decidedBy()
                + " on " + WHEN.format(decision.decidedAt()) + ".");
    }
}
