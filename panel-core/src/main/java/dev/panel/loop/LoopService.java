package dev.panel.loop;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.panel.common.NotFoundException;
import dev.panel.common.TransactionRetry;
import dev.panel.role.RoleService;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * Reading loops, and who may see them. Recruiters and admins see every loop, a hiring manager the loops of the
 * roles they manage, an interviewer only the loops they sit on. A loop the caller may not see is reported
 * as not found, so that ids cannot be probed. Opening loops and changing panels is {@link LoopOpening}'s.
 */
@Singleton
@TransactionRetry
public class LoopService {

    private final LoopRepositories.Loops loops;
    private final LoopRepositories.Interviews interviews;
    private final LoopRepositories.Panelists panelists;
    private final LoopViews loopViews;
    private final RoleService roles;
    private final Clock clock;
    /**
     * Interviews' stages as frozen when their loops opened: they never change, and every autosave checks the
     * scorecard against its stage, which otherwise meant two reads and parsing the loop's whole plan each time.
     * Immutable rows only, so each instance of a cluster keeps its own copy and nothing needs invalidating.
     */
    private final Cache<Long, FrozenPlan.Stage> frozenStages = Caffeine.newBuilder().maximumSize(10_000).build();

    LoopService(LoopRepositories.Loops loops, LoopRepositories.Interviews interviews, LoopRepositories.Panelists panelists,
                LoopViews loopViews, RoleService roles, Clock clock) {
        this.loops = loops;
        this.interviews = interviews;
        this.panelists = panelists;
        this.loopViews = loopViews;
        this.roles = roles;
        this.clock = clock;
    }

    @ReadOnly
    public LoopView get(Actor actor, long loopId) {
        return loopViews.of(List.of(visibleLoop(actor, loopId))).get(0);
    }

    /**
     * The loops the actor may see, newest first. Their interviews and panels are read in two statements for all of
     * them, and each role's manager is checked once, rather than a few statements per loop.
     */
    @ReadOnly
    public List<LoopView> list(Actor actor) {
        Set<Long> onPanel = panelists.findByUserId(actor.id()).stream().map(Panelist::loopId).collect(Collectors.toSet());
        if (actor.mayActAs(Role.RECRUITER) || actor.mayActAs(Role.HIRING_MANAGER)) {
            Map<Long, Boolean> managed = new HashMap<>();
            LongPredicate manages = roleId -> managed.computeIfAbsent(roleId, id -> managesRole(actor, id));
            return loopViews.of(loops.listOrderByIdDesc().stream()
                    .filter(l -> onPanel.contains(l.id()) || maySeeAsStaff(actor, l, manages))
                    .toList());
        }
        return onPanel.isEmpty() ? List.of() : loopViews.of(loops.findByIdInOrderByIdDesc(onPanel));
    }

    /** The interviews the actor sits on, with their loops. */
    @ReadOnly
    public List<LoopView> interviewsOf(Actor actor) {
        Set<Long> loopIds = panelists.findByUserId(actor.id()).stream().map(Panelist::loopId).collect(Collectors.toSet());
        return loopIds.isEmpty() ? List.of() : loopViews.of(loops.findByIdInOrderByIdDesc(loopIds));
    }

    /** One interview, for its panelists and for staff who may see the loop. */
    @ReadOnly
    public InterviewView interview(Actor actor, long interviewId) {
        Interview interview = interviews.findById(interviewId).orElseThrow(() -> interviewNotFound(interviewId));
        HiringLoop loop = loops.findById(interview.loopId()).orElseThrow(() -> interviewNotFound(interviewId));
        List<Long> panel = panelists.findByInterviewId(interviewId).stream().map(Panelist::userId).toList();
        if (!panel.contains(actor.id()) && !maySeeAsStaff(actor, loop)) {
            throw interviewNotFound(interviewId);
        }
        return new InterviewView(interview, loop.planSnapshot().stages().get(interview.stageIndex()), panel);
    }

    /**
     * The stage (as frozen in its loop) of an interview, with no access check: for services that have
     * already checked the caller's right to it, such as the author of a scorecard saving it.
     */
    @ReadOnly
    public FrozenPlan.Stage stageOf(long interviewId) {
        return frozenStages.get(interviewId, id -> {
            Interview interview = interviews.findById(id).orElseThrow(() -> interviewNotFound(id));
            HiringLoop loop = loops.findById(interview.loopId()).orElseThrow(() -> interviewNotFound(id));
            return loop.planSnapshot().stages().get(interview.stageIndex());
        });
    }

    /** The loop with its interviews and panels, with no access check: for work Panel does on its own (notifications). */
    @ReadOnly
    public LoopView withoutAccessCheck(long loopId) {
        return loopViews.of(List.of(loops.findById(loopId).orElseThrow(() -> loopNotFound(loopId)))).get(0);
    }

    /**
     * The open loops with an interview scheduled in [from, until), with all their interviews and panels; no access
     * check (for reminders and nudges, which Panel sends on its own).
     */
    @ReadOnly
    public List<LoopView> openLoopsScheduledBetween(Instant from, Instant until) {
        Set<Long> loopIds = interviews.findByScheduledAtGreaterThanEqualsAndScheduledAtLessThan(from, until).stream()
                .map(Interview::loopId).collect(Collectors.toSet());
        return loopIds.isEmpty() ? List.of() : loopViews.of(loops.findByIdInOrderByIdDesc(loopIds).stream()
                .filter(l -> l.state() == LoopState.OPEN).toList());
    }

    /** The loop, if the actor may see it; otherwise "not found". */
    @ReadOnly
    public HiringLoop visibleLoop(Actor actor, long loopId) {
        HiringLoop loop = loops.findById(loopId).orElseThrow(() -> loopNotFound(loopId));
        if (!maySee(actor, loop)) {
            throw loopNotFound(loopId);
        }
        return loop;
    }

    /**
     * Refuses, as "not found", a candidate whose loops the actor may see none of, when they have loops at all: for
     * requests that name a candidate to read what their loops hold, such as an export by candidate.
     */
    @ReadOnly
    public void requireSomeVisibleLoopOf(Actor actor, long candidateId) {
        List<HiringLoop> theirs = loops.findByCandidateId(candidateId);
        if (!theirs.isEmpty() && theirs.stream().noneMatch(loop -> maySee(actor, loop))) {
            throw new NotFoundException("There is no candidate with id " + candidateId + " whose loops you may see.");
        }
    }

    @ReadOnly
    public boolean isPanelist(long loopId, long userId) {
        return panelists.existsByLoopIdAndUserId(loopId, userId);
    }

    /** How many of the loop's interviews the user sits on: a scorecard is owed for each. */
    @ReadOnly
    public int seatsOnPanel(long loopId, long userId) {
        return Math.toIntExact(panelists.countByLoopIdAndUserId(loopId, userId));
    }

    /**
     * Each interviewer's count of interviews scheduled from now to {@link InterviewerLoad#WINDOW_DAYS} days ahead;
     * people with none are absent from the map.
     */
    @ReadOnly
    public Map<Long, Long> upcomingLoad() {
        Instant now = clock.instant();
        return panelists.loadBetween(now, now.plus(InterviewerLoad.WINDOW_DAYS, ChronoUnit.DAYS)).stream()
                .collect(Collectors.toMap(InterviewerLoad::userId, InterviewerLoad::interviews));
    }

    /** Whether the actor manages the loop's role (or is an admin), as the debrief and decision require. */
    @ReadOnly
    public boolean managesRole(Actor actor, HiringLoop loop) {
        return managesRole(actor, loop.roleId());
    }

    /** Whether the actor manages the role (or is an admin): a role with no named hiring manager is every hiring manager's. */
    @ReadOnly
    public boolean managesRole(Actor actor, long roleId) {
        return actor.isAdmin() || actor.roles().contains(Role.HIRING_MANAGER) && roles.manages(actor, roleId);
    }

    /** The names of each loop's stages, in order, as frozen when the loop opened; no access check (for reports that made theirs). */
    @ReadOnly
    public Map<Long, List<String>> stageNames(Collection<Long> loopIds) {
        if (loopIds.isEmpty()) {
            return Map.of();
        }
        return loops.findByIdInOrderByIdDesc(loopIds).stream().collect(Collectors.toMap(HiringLoop::id,
                l -> l.planSnapshot().stages().stream().map(FrozenPlan.Stage::name).toList()));
    }

    /** Each loop's plan as frozen when the loop opened; no access check (for statistics over loops their caller may read). */
    @ReadOnly
    public Map<Long, FrozenPlan> frozenPlans(Collection<Long> loopIds) {
        if (loopIds.isEmpty()) {
            return Map.of();
        }
        return loops.findByIdInOrderByIdDesc(loopIds).stream().collect(Collectors.toMap(HiringLoop::id, HiringLoop::planSnapshot));
    }

    /**
     * Holds the loop's row locked until the caller's transaction ends, so that changes to the loop (its decision)
     * run one after the other. Taken first, it also keeps them from deadlocking: an insert that refers to the loop
     * takes a shared lock on its row, which the later update of the loop would wait for.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lockForChange(long loopId) {
        loops.lockById(loopId);
    }

    @Transactional
    public HiringLoop markDecided(long loopId) {
        HiringLoop loop = loops.findById(loopId).orElseThrow(() -> loopNotFound(loopId));
        return loops.update(loop.decided());
    }

    private boolean maySee(Actor actor, HiringLoop loop) {
        return maySeeAsStaff(actor, loop) || isPanelist(loop.id(), actor.id());
    }

    private boolean maySeeAsStaff(Actor actor, HiringLoop loop) {
        return maySeeAsStaff(actor, loop, roleId -> managesRole(actor, roleId));
    }

    /** Admins, recruiters and the role's hiring manager; {@code manages} answers the last (a list asks once per role). */
    private static boolean maySeeAsStaff(Actor actor, HiringLoop loop, LongPredicate manages) {
        return actor.isAdmin() || actor.roles().contains(Role.RECRUITER) || manages.test(loop.roleId());
    }

    private static NotFoundException loopNotFound(long id) {
        return new NotFoundException("There is no loop with id " + id + " that you may see.");
    }

    static NotFoundException interviewNotFound(long id) {
        return new NotFoundException("There is no interview with id " + id + " that you may see.");
    }
}
