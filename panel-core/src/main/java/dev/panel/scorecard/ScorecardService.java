package dev.panel.scorecard;

import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import dev.panel.common.ForbiddenException;
import dev.panel.common.NotFoundException;
import dev.panel.common.Tallied;
import dev.panel.common.Texts;
import dev.panel.common.TransactionRetry;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.RubricVersion;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.HiringLoop;
import dev.panel.loop.InterviewView;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopView;
import dev.panel.user.Actor;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writing, submitting and reading scorecards. An interviewer writes only their own; every read goes
 * through {@link ScorecardVisibility}, so no path shows a panelist another's ratings before they submit.
 */
@Singleton
@TransactionRetry
public class ScorecardService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final ScorecardRepositories.Scorecards scorecards;
    private final ScorecardRepositories.Amendments amendments;
    private final LoopService loops;
    private final CompetencyService competencies;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher<ScorecardSubmitted> submissions;

    ScorecardService(ScorecardRepositories.Scorecards scorecards, ScorecardRepositories.Amendments amendments, LoopService loops,
                     CompetencyService competencies, AuditLog audit, Clock clock, ApplicationEventPublisher<ScorecardSubmitted> submissions) {
        this.submissions = submissions;
        this.scorecards = scorecards;
        this.amendments = amendments;
        this.loops = loops;
        this.competencies = competencies;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The actor's own scorecard for an interview they sit on; until their first save an empty draft that is not stored
     * (id and version null). Reading changes nothing: a stored scorecard fixes the interview's time and panel.
     */
    @ReadOnly
    public Scorecard mine(Actor actor, long interviewId) {
        InterviewView interview = panelistsInterview(actor, interviewId);
        return scorecards.findByInterviewIdAndInterviewerId(interviewId, actor.id())
                .orElseGet(() -> Scorecard.draftFor(interviewId, interview.interview().loopId(), actor.id(), interview.stage(), clock.instant()));
    }

    /**
     * Saves the actor's draft for the interview, storing it the first time. {@code basedOn} is the version the page last
     * saw, null when it saw none stored: a page that missed a save made elsewhere (another tab) is refused.
     * Read committed, so that when two tabs store it at once the loser sees the winner's row and is told so.
     */
    @Tallied(value = "panel.scorecard.autosaves", description = "Scorecard drafts saved (from the page or the API), by outcome")
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public Scorecard saveMine(Actor actor, long interviewId, @Nullable Long basedOn, ScorecardContent content) {
        Optional<Scorecard> existing = scorecards.findByInterviewIdAndInterviewerId(interviewId, actor.id());
        if (existing.isPresent()) {
            if (basedOn == null) {
                throw staleTab();
            }
            return saveDraft(existing.get(), basedOn, content);
        }
        InterviewView interview = panelistsInterview(actor, interviewId);
        Scorecard blank = Scorecard.draftFor(interviewId, interview.interview().loopId(), actor.id(), interview.stage(), clock.instant());
        Scorecard first = blank.withDraft(content, interview.stage(), scaleMaxima(blank), clock.instant());
        try {
            return scorecards.save(first);
        } catch (DataAccessException raced) {
            // another tab stored it at the same moment
            throw staleTab();
        }
    }

    private InterviewView panelistsInterview(Actor actor, long interviewId) {
        InterviewView interview = loops.interview(actor, interviewId);
        if (!interview.panelistIds().contains(actor.id())) {
            throw new ForbiddenException("You are not on the panel of this interview, so you have no scorecard for it.");
        }
        return interview;
    }

    /**
     * Saves a draft. {@code basedOn} is the version the page last saw: a page that missed a newer save
     * (another tab) is refused, so that older text never overwrites newer text.
     */
    @Tallied(value = "panel.scorecard.autosaves", description = "Scorecard drafts saved (from the page or the API), by outcome")
    @Transactional
    public Scorecard saveDraft(Actor actor, long scorecardId, long basedOn, ScorecardContent content) {
        return saveDraft(own(actor, scorecardId), basedOn, content);
    }

    private Scorecard saveDraft(Scorecard current, long basedOn, ScorecardContent content) {
        if (current.version() != basedOn && !current.isSubmitted()) {
            throw new ConflictException("This scorecard was saved from another tab or window at " + TIME.format(current.updatedAt())
                    + " UTC. Reload to see that text before you go on; what you typed here is still on the page.");
        }
        Scorecard changed = current.withDraft(content, stage(current), scaleMaxima(current), clock.instant());
        return update(changed);
    }

    /**
     * Submits the actor's scorecard. Submitting again (a double click, a retried request) changes nothing,
     * also when the two arrive at once: the one that loses the race answers with the scorecard the other submitted.
     */
    @Tallied(value = "panel.scorecard.submissions", description = "Scorecard submissions (from the page or the API), by outcome")
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public Scorecard submit(Actor actor, long scorecardId) {
        Scorecard current = own(actor, scorecardId);
        if (current.isSubmitted()) {
            return current;
        }
        Scorecard submitted;
        try {
            submitted = scorecards.update(current.submit(competencyNames(current), clock.instant()));
        } catch (OptimisticLockException raced) {
            Scorecard now = scorecards.findById(scorecardId).orElseThrow(() -> raced);
            if (now.isSubmitted()) {
                return now;
            }
            throw staleTab();
        }
        audit.record(actor.username(), "scorecard.submitted", "scorecard:" + scorecardId, "loop " + current.loopId());
        submissions.publishEvent(new ScorecardSubmitted(scorecardId, current.loopId(), current.interviewId(), current.interviewerId()));
        return submitted;
    }

    /**
     * Changes a submitted scorecard, keeping the previous content with who, when and why. An amendment that
     * changes nothing (the same one sent twice, or retried) records nothing and answers with the scorecard as it is.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public Scorecard amend(Actor actor, long scorecardId, String reason, ScorecardContent content) {
        Scorecard current = own(actor, scorecardId);
        String why = Texts.required(reason, "The reason for the amendment", 2000);
        Scorecard amended = current.amended(content, stage(current), scaleMaxima(current), competencyNames(current), clock.instant());
        if (amended.content().equals(current.content())) {
            return current;
        }
        Scorecard saved;
        try {
            saved = scorecards.update(amended);
        } catch (OptimisticLockException raced) {
            Scorecard now = scorecards.findById(scorecardId).orElseThrow(() -> raced);
            if (now.content().equals(amended.content())) {
                return now;
            }
            throw staleTab();
        }
        amendments.save(new Amendment(null, scorecardId, actor.username(), clock.instant(), why, current.content()));
        // The reason stays in the amendment, shown only to those who may read the scorecard; the audit log is read by
        // admins who may sit on this panel themselves, so it says where, not why.
        audit.record(actor.username(), "scorecard.amended", "scorecard:" + scorecardId, "loop " + current.loopId());
        return saved;
    }

    /** One scorecard, if the actor may read it: 404 when the loop is not theirs to see, 403 when the scorecard is not yet. */
    @ReadOnly
    public Scorecard get(Actor actor, long scorecardId) {
        Scorecard scorecard = scorecards.findById(scorecardId).orElseThrow(() -> notFound(scorecardId));
        HiringLoop loop = loops.visibleLoop(actor, scorecard.loopId());
        if (!ScorecardVisibility.maySee(reader(actor, loop), scorecard)) {
            throw new ForbiddenException("You cannot see other panelists' scorecards for this candidate until you submit your own.");
        }
        return scorecard;
    }

    /** The scorecards of a loop the actor may read: only their own until they have submitted it. */
    @ReadOnly
    public List<Scorecard> visible(Actor actor, long loopId) {
        HiringLoop loop = loops.visibleLoop(actor, loopId);
        ScorecardVisibility.Reader reader = reader(actor, loop);
        return scorecards.findByLoopIdOrderById(loopId).stream().filter(s -> ScorecardVisibility.maySee(reader, s)).toList();
    }

    /** The actor's own scorecards, by interview id. */
    @ReadOnly
    public Map<Long, Scorecard> mineByInterview(Actor actor) {
        return scorecards.findByInterviewerId(actor.id()).stream().collect(Collectors.toMap(Scorecard::interviewId, s -> s));
    }

    /** Who has submitted, per interview and panelist, with no content: "2 of 4 submitted" is safe for anyone on the loop. */
    @ReadOnly
    public List<ScorecardStatus> progress(Actor actor, long loopId) {
        return statuses(loops.get(actor, loopId), scorecards.findByLoopIdOrderById(loopId));
    }

    /**
     * The progress of many loops in one query, by loop id: for lists of loops the caller already got from
     * {@link LoopService}, which checked their right to each.
     */
    @ReadOnly
    public Map<Long, List<ScorecardStatus>> progress(List<LoopView> visible) {
        if (visible.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Scorecard>> byLoop = scorecards.findByLoopIdInOrderById(visible.stream().map(l -> l.loop().id()).toList())
                .stream().collect(Collectors.groupingBy(Scorecard::loopId));
        return visible.stream().collect(Collectors.toMap(l -> l.loop().id(), l -> statuses(l, byLoop.getOrDefault(l.loop().id(), List.of()))));
    }

    private static List<ScorecardStatus> statuses(LoopView loop, List<Scorecard> cards) {
        Map<String, Scorecard> byPanelist = cards.stream().collect(Collectors.toMap(s -> s.interviewId() + ":" + s.interviewerId(), s -> s));
        List<ScorecardStatus> statuses = new ArrayList<>();
        for (InterviewView interview : loop.interviews()) {
            for (long panelist : interview.panelistIds()) {
                Scorecard card = byPanelist.get(interview.interview().id() + ":" + panelist);
                statuses.add(new ScorecardStatus(interview.interview().id(), panelist, card == null ? null : card.state(),
                        card == null ? null : card.submittedAt(),
                        ScorecardStatus.dueAt(interview.interview().scheduledAt(), interview.stage().minutes())));
            }
        }
        return statuses;
    }

    /** Whether every panelist of every interview of the loop has submitted; no access check (for notifications). */
    @ReadOnly
    public boolean allSubmitted(long loopId) {
        LoopView loop = loops.withoutAccessCheck(loopId);
        List<ScorecardStatus> statuses = statuses(loop, scorecards.findByLoopIdOrderById(loopId));
        return !statuses.isEmpty() && statuses.stream().allMatch(ScorecardStatus::isSubmitted);
    }

    @ReadOnly
    public List<Amendment> amendments(Actor actor, long scorecardId) {
        get(actor, scorecardId);
        return amendments.findByScorecardIdOrderById(scorecardId);
    }

    /** Whether anyone has started a scorecard for the interview (its panel is then fixed). */
    @ReadOnly
    public boolean anyStarted(long interviewId) {
        return !scorecards.findByInterviewId(interviewId).isEmpty();
    }

    /**
     * Whether the actor sits on the loop's panel and has not yet submitted every scorecard they owe for it: until then
     * nothing the others wrote of the candidate, nor the decision on them, may reach the actor, whatever role they hold.
     */
    @ReadOnly
    public boolean stillScoring(Actor actor, long loopId) {
        int seats = loops.seatsOnPanel(loopId, actor.id());
        return seats > 0 && !submittedAll(actor, loopId, seats);
    }

    private ScorecardVisibility.Reader reader(Actor actor, HiringLoop loop) {
        int seats = loops.seatsOnPanel(loop.id(), actor.id());
        return new ScorecardVisibility.Reader(actor, seats > 0, seats > 0 && submittedAll(actor, loop.id(), seats), loops.managesRole(actor, loop));
    }

    private boolean submittedAll(Actor actor, long loopId, int seats) {
        return scorecards.countByLoopIdAndInterviewerIdAndState(loopId, actor.id(), ScorecardState.SUBMITTED) >= seats;
    }

    private Scorecard own(Actor actor, long scorecardId) {
        Scorecard scorecard = scorecards.findById(scorecardId).orElseThrow(() -> notFound(scorecardId));
        if (scorecard.interviewerId() != actor.id()) {
            loops.visibleLoop(actor, scorecard.loopId());
            throw new ForbiddenException("Only the interviewer who wrote a scorecard may change it.");
        }
        return scorecard;
    }

    private Scorecard update(Scorecard changed) {
        try {
            return scorecards.update(changed);
        } catch (OptimisticLockException e) {
            throw staleTab();
        }
    }

    private static ConflictException staleTab() {
        return new ConflictException("This scorecard was saved from another tab or window a moment ago. Reload to see that text.");
    }

    private FrozenPlan.Stage stage(Scorecard scorecard) {
        return loops.stageOf(scorecard.interviewId());
    }

    private Map<Long, Integer> scaleMaxima(Scorecard scorecard) {
        Map<Long, RubricVersion> versions = competencies.rubricVersions(
                scorecard.ratings().stream().map(Rating::rubricVersionId).collect(Collectors.toSet()));
        return versions.values().stream().collect(Collectors.toMap(RubricVersion::id, RubricVersion::maxLevel));
    }

    private Map<Long, String> competencyNames(Scorecard scorecard) {
        return stage(scorecard).focus().stream().collect(Collectors.toMap(FrozenPlan.Focus::competencyId, FrozenPlan.Focus::name));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("There is no scorecard with id " + id + " that you may see.");
    }
}
