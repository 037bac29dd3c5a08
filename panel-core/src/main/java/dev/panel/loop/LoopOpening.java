package dev.panel.loop;

import dev.panel.audit.AuditLog;
import dev.panel.candidate.CandidateService;
import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
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
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opening loops and changing an interview's time and panel: the plan is frozen into the loop as it is when the loop
 * opens, every panelist must be someone who may interview, and each panel that changes is announced
 * ({@link PanelChanged}) for the notifications. Reading loops, and who may see them, is {@link LoopService}'s.
 */
@Singleton
@TransactionRetry
public class LoopOpening {

    private final LoopRepositories.Loops loops;
    private final LoopRepositories.Interviews interviews;
    private final LoopRepositories.Panelists panelists;
    private final LoopService reading;
    private final LoopViews loopViews;
    private final PlanService plans;
    private final RoleService roles;
    private final CompetencyService competencies;
    private final CandidateService candidates;
    private final UserService users;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher<PanelChanged> panelChanges;

    LoopOpening(LoopRepositories.Loops loops, LoopRepositories.Interviews interviews, LoopRepositories.Panelists panelists,
                LoopService reading, LoopViews loopViews, PlanService plans, RoleService roles, CompetencyService competencies,
                CandidateService candidates, UserService users, AuditLog audit, Clock clock,
                ApplicationEventPublisher<PanelChanged> panelChanges) {
        this.loops = loops;
        this.interviews = interviews;
        this.panelists = panelists;
        this.reading = reading;
        this.loopViews = loopViews;
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
        return loopViews.of(List.of(loop)).get(0);
    }

    /** Changes an interview's time and panel, before anyone has scored it. */
    @Transactional
    public InterviewView assign(Actor actor, long interviewId, AssignPanel assignment, boolean anyScorecardStarted) {
        actor.require("assign interviewers", Role.RECRUITER, Role.HIRING_MANAGER);
        Interview interview = interviews.findById(interviewId).orElseThrow(() -> LoopService.interviewNotFound(interviewId));
        HiringLoop loop = reading.visibleLoop(actor, interview.loopId());
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

    private static ConflictException staleInterview() {
        return new ConflictException("Someone else changed this interview's time or panel while you were editing it. Reload to see their change.");
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
}
