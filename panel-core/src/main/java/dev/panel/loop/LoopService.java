package dev.panel.loop;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.panel.audit.AuditLog;
import dev.panel.candidate.CandidateService;
import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.common.TransactionRetry;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.RubricVersion;
import dev.panel.plan.PlanService;
import dev.panel.plan.PlanStage;
import dev.panel.plan.PlanState;
import dev.panel.plan.QuestionPlan;
import dev.panel.role.RoleService;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * Opening loops and reading them. Recruiters and admins see every loop, a hiring manager the loops of the
 * roles they manage, an interviewer only the loops they sit on. A loop the caller may not see is reported
 * as not found, so that ids cannot be probed.
 */
@Singleton
@TransactionRetry
public class LoopService {

    private final LoopRepositories.Loops loops;
    private final LoopRepositories.Interviews interviews;
    private final LoopRepositories.Panelists panelists;
    private final PlanService plans;
    private final RoleService roles;
    private final CompetencyService competencies;
    private final CandidateService candidates;
    private final UserService users;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher<PanelChanged> panelChanges;
    /**
     * Interviews' stages as frozen when their loops opened: they never change, and every autosave checks the
     * scorecard against its stage, which otherwise meant two reads and parsing the loop's whole plan each time.
     * Immutable rows only, so each instance of a cluster keeps its own copy and nothing needs invalidating.
     */
    private final Cache<Long, FrozenPlan.Stage> frozenStages = Caffeine.newBuilder().maximumSize(10_000).build();

    LoopService(LoopRepositories.Loops loops, LoopRepositories.Interviews interviews, LoopRepositories.Panelists panelists,
                PlanService plans, RoleService roles, CompetencyService competencies, CandidateService candidates,
                UserService users, AuditLog audit, Clock clock, ApplicationEventPublisher<PanelChanged> panelChanges) {
        this.loops = loops;
        this.interviews = interviews;
        this.panelists = panelists;
        this.plans = plans;
        this.roles = roles;
        this.competencies = competencies;
        this.candidates = candidates;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.panelChanges = panelChanges;
    }

    @Transactional
    public LoopView open(Actor actor, OpenLoop request) {
        actor.require("open loops", Role.RECRUITER, Role.HIRING_MANAGER);
        candidates.get(request.candidateId());
        QuestionPlan plan = plans.get(request.planId()).plan();
        if (!actor.mayActAs(Role.RECRUITER)) {
            // a hiring manager opens loops for the roles they manage only: a loop of another's role would be one they cannot see
            roles.requireManages(actor, plan.roleId(), "open loops on its plans");
        }
        if (plan.state() != PlanState.PUBLISHED) {
            throw new ConflictException("Loops run on published plans; \"" + plan.name() + "\" is " + plan.state().name().toLowerCase() + ".");
        }
        FrozenPlan frozen = freeze(plan);
        Map<Integer, OpenLoop.Assignment> byStage = assignmentsByStage(request, frozen);
        HiringLoop loop = loops.save(new HiringLoop(null, request.candidateId(), plan.roleId(), plan.id(), frozen, LoopState.OPEN,
                actor.username(), clock.instant(), null));
        for (int stage = 0; stage < frozen.stages().size(); stage++) {
            OpenLoop.Assignment assignment = byStage.get(stage);
            Interview interview = interviews.save(new Interview(null, loop.id(), stage, assignment == null ? null : assignment.scheduledAt(), null));
            if (assignment != null) {
                List<Long> panel = List.copyOf(new LinkedHashSet<>(assignment.interviewerIds()));
                panel.forEach(userId -> panelists.save(new Panelist(null, interview.id(), loop.id(), userId)));
                FrozenPlan.Stage frozenStage = frozen.stages().get(stage);
                panelChanges.publishEvent(new PanelChanged("opened:" + interview.id(), loop.id(), loop.candidateId(), interview.id(),
                        frozenStage.name(), frozenStage.minutes(), null, interview.scheduledAt(), List.of(), panel, false));
            }
        }
        audit.record(actor.username(), "loop.opened", "loop:" + loop.id(), "plan " + plan.id());
        return views(List.of(loop)).get(0);
    }

    /** Changes an interview's time and panel, before anyone has scored it. */
    @Transactional
    public InterviewView assign(Actor actor, long interviewId, AssignPanel assignment, boolean anyScorecardStarted) {
        actor.require("assign interviewers", Role.RECRUITER, Role.HIRING_MANAGER);
        Interview interview = interviews.findById(interviewId).orElseThrow(() -> interviewNotFound(interviewId));
        HiringLoop loop = visibleLoop(actor, interview.loopId());
        if (anyScorecardStarted) {
            throw new ConflictException("Scoring has started for this interview; its panel can no longer change.");
        }
        if (assignment.version() != null && !assignment.version().equals(interview.version())) {
            throw staleInterview();
        }
        checkInterviewers(assignment.interviewerIds(), loop.planSnapshot().stage(interview.stageIndex()).orElseThrow());
        List<Long> panelBefore = panelists.findByInterviewId(interviewId).stream().map(Panelist::userId).toList();
        Interview saved;
        try {
            saved = interviews.update(new Interview(interview.id(), interview.loopId(), interview.stageIndex(),
                    assignment.scheduledAt(), interview.version()));
        } catch (OptimisticLockException raced) {
            throw staleInterview();
        }
        panelists.findByInterviewId(interviewId).forEach(panelists::delete);
        List<Long> panelAfter = List.copyOf(new LinkedHashSet<>(assignment.interviewerIds()));
        panelAfter.forEach(u -> panelists.save(new Panelist(null, interviewId, loop.id(), u)));
        audit.record(actor.username(), "interview.assigned", "interview:" + interviewId, null);
        FrozenPlan.Stage stage = loop.planSnapshot().stages().get(saved.stageIndex());
        panelChanges.publishEvent(new PanelChanged("assigned:" + interviewId + ":" + saved.version(), loop.id(), loop.candidateId(),
                interviewId, stage.name(), stage.minutes(), interview.scheduledAt(), saved.scheduledAt(), panelBefore, panelAfter, false));
        return new InterviewView(saved, stage, panelAfter);
    }

    @ReadOnly
    public LoopView get(Actor actor, long loopId) {
        return views(List.of(visibleLoop(actor, loopId))).get(0);
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
            return views(loops.listOrderByIdDesc().stream()
                    .filter(l -> onPanel.contains(l.id()) || maySeeAsStaff(actor, l, manages))
                    .toList());
        }
        return onPanel.isEmpty() ? List.of() : views(loops.findByIdInOrderByIdDesc(onPanel));
    }

    /** The interviews the actor sits on, with their loops. */
    @ReadOnly
    public List<LoopView> interviewsOf(Actor actor) {
        Set<Long> loopIds = panelists.findByUserId(actor.id()).stream().map(Panelist::loopId).collect(Collectors.toSet());
        return loopIds.isEmpty() ? List.of() : views(loops.findByIdInOrderByIdDesc(loopIds));
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
        return views(List.of(loops.findById(loopId).orElseThrow(() -> loopNotFound(loopId)))).get(0);
    }

    /**
     * The open loops with an interview scheduled in [from, until), with all their interviews and panels; no access
     * check (for reminders and nudges, which Panel sends on its own).
     */
    @ReadOnly
    public List<LoopView> openLoopsScheduledBetween(Instant from, Instant until) {
        Set<Long> loopIds = interviews.findByScheduledAtGreaterThanEqualsAndScheduledAtLessThan(from, until).stream()
                .map(Interview::loopId).collect(Collectors.toSet());
        return loopIds.isEmpty() ? List.of() : views(loops.findByIdInOrderByIdDesc(loopIds).stream()
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

    private static ConflictException staleInterview() {
        return new ConflictException("Someone else changed this interview's time or panel while you were editing it. Reload to see their change.");
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

    /** The loops with their interviews (in stage order) and each interview's panel, in the order given. */
    private List<LoopView> views(List<HiringLoop> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> loopIds = list.stream().map(HiringLoop::id).collect(Collectors.toSet());
        Map<Long, List<Long>> panel = new HashMap<>();
        panelists.findByLoopIdInOrderById(loopIds).forEach(p -> panel.computeIfAbsent(p.interviewId(), k -> new ArrayList<>()).add(p.userId()));
        Map<Long, List<Interview>> byLoop = interviews.findByLoopIdIn(loopIds).stream()
                .sorted(Comparator.comparingInt(Interview::stageIndex).thenComparing(Interview::id))
                .collect(Collectors.groupingBy(Interview::loopId));
        return list.stream().map(loop -> new LoopView(loop, byLoop.getOrDefault(loop.id(), List.of()).stream()
                        .map(i -> new InterviewView(i, loop.planSnapshot().stages().get(i.stageIndex()), panel.getOrDefault(i.id(), List.of())))
                        .toList()))
                .toList();
    }

    private FrozenPlan freeze(QuestionPlan plan) {
        Set<Long> focus = plan.focusCompetencyIds();
        Map<Long, RubricVersion> rubrics = competencies.currentRubrics(focus);
        Map<Long, String> names = competencies.list().stream().collect(Collectors.toMap(v -> v.competency().id(), v -> v.competency().name()));
        List<FrozenPlan.Stage> stages = new ArrayList<>();
        for (PlanStage stage : plan.stages()) {
            List<FrozenPlan.Focus> frozenFocus = stage.focusCompetencyIds().stream()
                    .map(id -> new FrozenPlan.Focus(id, names.get(id), rubrics.get(id).id())).toList();
            stages.add(new FrozenPlan.Stage(stage.name(), stage.minutes(), stage.interviewers(), frozenFocus, stage.questionIds()));
        }
        return new FrozenPlan(plan.id(), plan.name(), stages);
    }

    private Map<Integer, OpenLoop.Assignment> assignmentsByStage(OpenLoop request, FrozenPlan frozen) {
        Map<Integer, OpenLoop.Assignment> byStage = new HashMap<>();
        for (OpenLoop.Assignment assignment : request.interviews() == null ? List.<OpenLoop.Assignment>of() : request.interviews()) {
            FrozenPlan.Stage stage = frozen.stage(assignment.stage()).orElseThrow(() -> new InvalidInputException(
                    "The plan has stages 0 to " + (frozen.stages().size() - 1) + "; there is no stage " + assignment.stage() + "."));
            if (byStage.put(assignment.stage(), assignment) != null) {
                throw new InvalidInputException("Stage " + assignment.stage() + " (" + stage.name() + ") is assigned twice.");
            }
            checkInterviewers(assignment.interviewerIds(), stage);
        }
        return byStage;
    }

    private void checkInterviewers(List<Long> interviewerIds, FrozenPlan.Stage stage) {
        if (interviewerIds == null || interviewerIds.isEmpty()) {
            return;
        }
        Map<Long, User> found = users.byIds(interviewerIds);
        for (long id : interviewerIds) {
            User user = found.get(id);
            if (user == null || !(user.hasRole(Role.INTERVIEWER) || user.hasRole(Role.HIRING_MANAGER))) {
                throw new InvalidInputException("User " + id + " cannot interview: only interviewers and hiring managers sit on panels.");
            }
        }
    }

    private static NotFoundException loopNotFound(long id) {
        return new NotFoundException("There is no loop with id " + id + " that you may see.");
    }

    private static NotFoundException interviewNotFound(long id) {
        return new NotFoundException("There is no interview with id " + id + " that you may see.");
    }
}
