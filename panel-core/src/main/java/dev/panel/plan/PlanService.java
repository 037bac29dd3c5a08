package dev.panel.plan;

import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.common.Texts;
import dev.panel.common.TransactionRetry;
import dev.panel.competency.CompetencyService;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.role.Requirement;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Question plans: the role's hiring manager writes and publishes them; everyone signed in reads them. */
@Singleton
@TransactionRetry
public class PlanService {

    private final QuestionPlanRepository plans;
    private final RoleService roles;
    private final QuestionService questions;
    private final CompetencyService competencies;
    private final AuditLog audit;
    private final Clock clock;

    PlanService(QuestionPlanRepository plans, RoleService roles, QuestionService questions, CompetencyService competencies,
                AuditLog audit, Clock clock) {
        this.plans = plans;
        this.roles = roles;
        this.questions = questions;
        this.competencies = competencies;
        this.audit = audit;
        this.clock = clock;
    }

    @ReadOnly
    public List<QuestionPlan> list(Long roleId) {
        return roleId == null ? plans.listOrderById() : plans.findByRoleIdOrderById(roleId);
    }

    @ReadOnly
    public List<QuestionPlan> published(long roleId) {
        return plans.findByRoleIdAndStateOrderById(roleId, PlanState.PUBLISHED);
    }

    @ReadOnly
    public PlanView get(long id) {
        QuestionPlan plan = find(id);
        return new PlanView(plan, plan.coverage(facts(plan)));
    }

    /**
     * The coverage of a plan as it is being written, before it is saved: the builder shows it as the hiring
     * manager edits. Nothing is checked or stored; questions that no longer exist simply count for nothing.
     */
    @ReadOnly
    public PlanCoverage preview(PlanDraft draft) {
        QuestionPlan unsaved = QuestionPlan.draft(draft.roleId(), draft.name() == null ? "" : draft.name(),
                draft.stages() == null ? List.of() : draft.stages(), clock.instant());
        return unsaved.coverage(facts(unsaved));
    }

    @Transactional
    public PlanView create(Actor actor, PlanDraft draft) {
        actor.require("write question plans", Role.HIRING_MANAGER);
        roles.requireExisting(Set.of(draft.roleId()));
        roles.requireManages(actor, draft.roleId(), "write its question plans");
        QuestionPlan saved = plans.save(QuestionPlan.draft(draft.roleId(), Texts.required(draft.name(), "The plan's name", 200),
                checkedStages(draft.stages()), clock.instant()));
        audit.record(actor.username(), "plan.created", "plan:" + saved.id(), saved.name());
        return new PlanView(saved, saved.coverage(facts(saved)));
    }

    @Transactional
    public PlanView update(Actor actor, long id, PlanDraft draft) {
        actor.require("write question plans", Role.HIRING_MANAGER);
        QuestionPlan current = find(id);
        roles.requireManages(actor, current.roleId(), "change its question plans");
        checkVersion(current, draft.version());
        QuestionPlan edited = current.edited(Texts.required(draft.name(), "The plan's name", 200), checkedStages(draft.stages()));
        QuestionPlan saved = save(edited);
        audit.record(actor.username(), "plan.changed", "plan:" + id, null);
        return new PlanView(saved, saved.coverage(facts(saved)));
    }

    /** Publishes a draft; a plan that fails the coverage gate needs a written override reason, which is kept. */
    @Transactional
    public PlanView publish(Actor actor, long id, long version, String overrideReason) {
        actor.require("publish question plans", Role.HIRING_MANAGER);
        QuestionPlan current = find(id);
        roles.requireManages(actor, current.roleId(), "publish its question plans");
        checkVersion(current, version);
        PlanCoverage coverage = current.coverage(facts(current));
        QuestionPlan published = save(current.publish(coverage, Texts.optional(overrideReason, "The override reason", 2000),
                actor.username(), clock.instant()));
        audit.record(actor.username(), "plan.published", "plan:" + id,
                published.overrideReason() == null ? "coverage passed" : "override: " + published.overrideReason());
        return new PlanView(published, coverage);
    }

    /** A new draft with the stages of an existing plan, for changing a published one. */
    @Transactional
    public PlanView newDraftFrom(Actor actor, long id) {
        actor.require("write question plans", Role.HIRING_MANAGER);
        QuestionPlan source = find(id);
        roles.requireManages(actor, source.roleId(), "write its question plans");
        QuestionPlan saved = plans.save(QuestionPlan.draft(source.roleId(), source.name(), source.stages(), clock.instant()));
        audit.record(actor.username(), "plan.created", "plan:" + saved.id(), "from plan " + id);
        return new PlanView(saved, saved.coverage(facts(saved)));
    }

    @Transactional
    public QuestionPlan retire(Actor actor, long id) {
        actor.require("retire question plans", Role.HIRING_MANAGER);
        QuestionPlan current = find(id);
        roles.requireManages(actor, current.roleId(), "retire its question plans");
        QuestionPlan saved = save(current.retired());
        audit.record(actor.username(), "plan.retired", "plan:" + id, null);
        return saved;
    }

    private QuestionPlan find(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("There is no question plan with id " + id + "."));
    }

    private static void checkVersion(QuestionPlan current, Long version) {
        if (version == null || !version.equals(current.version())) {
            throw new ConflictException("Someone else changed this plan while you were editing it. Reload to see their change.");
        }
    }

    private QuestionPlan save(QuestionPlan plan) {
        try {
            return plans.update(plan);
        } catch (OptimisticLockException e) {
            throw new ConflictException("Someone else changed this plan while you were editing it. Reload to see their change.");
        }
    }

    private List<PlanStage> checkedStages(List<PlanStage> stages) {
        if (stages == null) {
            return List.of();
        }
        Set<Long> allQuestions = stages.stream().flatMap(s -> s.questionIds().stream()).collect(Collectors.toSet());
        Map<Long, QuestionView> known = questions.byIds(allQuestions);
        Set<Long> knownCompetencies = competencies.currentRubrics(
                stages.stream().flatMap(s -> s.focusCompetencyIds().stream()).collect(Collectors.toSet())).keySet();
        List<PlanStage> checked = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            PlanStage stage = stages.get(i);
            String label = "Stage " + (i + 1);
            String name = Texts.required(stage.name(), label + "'s name", 200);
            if (stage.minutes() < CoveragePolicy.MIN_STAGE_MINUTES || stage.minutes() > CoveragePolicy.MAX_STAGE_MINUTES) {
                throw new InvalidInputException(label + " (" + name + ") lasts " + CoveragePolicy.MIN_STAGE_MINUTES + " to "
                        + CoveragePolicy.MAX_STAGE_MINUTES + " minutes; " + stage.minutes() + " is not.");
            }
            if (stage.interviewers() < 1 || stage.interviewers() > CoveragePolicy.MAX_INTERVIEWERS) {
                throw new InvalidInputException(label + " (" + name + ") needs 1 to " + CoveragePolicy.MAX_INTERVIEWERS + " interviewers.");
            }
            if (stage.focusCompetencyIds().isEmpty()) {
                throw new InvalidInputException(label + " (" + name + ") needs at least one focus competency.");
            }
            stage.focusCompetencyIds().stream().filter(c -> !knownCompetencies.contains(c)).findFirst().ifPresent(c -> {
                throw new InvalidInputException(label + " (" + name + ") names competency " + c + ", which does not exist.");
            });
            Set<Long> seen = new HashSet<>();
            for (long questionId : stage.questionIds()) {
                if (!known.containsKey(questionId)) {
                    throw new InvalidInputException(label + " (" + name + ") names question " + questionId + ", which does not exist.");
                }
                if (!seen.add(questionId)) {
                    throw new InvalidInputException(label + " (" + name + ") lists question " + questionId + " twice.");
                }
            }
            checked.add(new PlanStage(name, stage.minutes(), stage.interviewers(), List.copyOf(new HashSet<>(stage.focusCompetencyIds()).stream()
                    .sorted().toList()), stage.questionIds()));
        }
        return checked;
    }

    private CoverageFacts facts(QuestionPlan plan) {
        RoleView role = roles.get(plan.roleId());
        Map<Long, Boolean> required = new LinkedHashMap<>();
        for (Requirement requirement : role.requirements()) {
            required.put(requirement.competencyId(), requirement.mustHave());
        }
        Map<Long, String> names = competencies.list().stream()
                .collect(Collectors.toMap(v -> v.competency().id(), v -> v.competency().name()));
        Map<Long, CoverageFacts.QuestionFacts> questionFacts = questions.byIds(plan.questionIds()).values().stream()
                .collect(Collectors.toMap(v -> v.question().id(), v -> new CoverageFacts.QuestionFacts(
                        v.question().text(), v.question().minutes(), Set.copyOf(v.competencyIds()))));
        return new CoverageFacts(required, names, questionFacts);
    }

}
