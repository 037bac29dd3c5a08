package dev.panel.plan;

import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import java.util.Set;

/** A role's interview loop template. Drafts change; a published plan is read-only and may be copied into a new draft. */
@Serdeable
@MappedEntity("question_plan")
public record QuestionPlan(
        @Id @GeneratedValue @Nullable Long id,
        long roleId,
        String name,
        PlanState state,
        @MappedProperty(converter = PlanStagesConverter.class) List<PlanStage> stages,
        @Nullable String overrideReason,
        @Nullable String publishedBy,
        @Nullable Instant publishedAt,
        Instant createdAt,
        @Version @Nullable Long version) {

    public static QuestionPlan draft(long roleId, String name, List<PlanStage> stages, Instant now) {
        return new QuestionPlan(null, roleId, name, PlanState.DRAFT, stages, null, null, null, now, null);
    }

    /** The plan with changed stages; only a draft may change. */
    public QuestionPlan edited(String newName, List<PlanStage> newStages) {
        if (state != PlanState.DRAFT) {
            throw new ConflictException("This plan was published and is read-only. Start a new draft from it to make changes.");
        }
        return new QuestionPlan(id, roleId, newName, state, newStages, overrideReason, publishedBy, publishedAt, createdAt, version);
    }

    /**
     * Publishes the plan if its coverage passes. A plan that fails the gate is published only with a
     * written reason for the override, which is kept with the plan.
     */
    public QuestionPlan publish(PlanCoverage coverage, @Nullable String override, String by, Instant at) {
        if (state != PlanState.DRAFT) {
            throw new ConflictException("Only a draft can be published; this plan is " + state.name().toLowerCase() + ".");
        }
        String reason = override == null || override.isBlank() ? null : override.strip();
        if (!coverage.passes() && reason == null) {
            throw new InvalidInputException("This plan does not pass the coverage check: "
                    + String.join(" ", coverage.problems().stream().map(PlanCoverage.Problem::message).toList())
                    + " Fix it, or publish with a written reason for the override.");
        }
        return new QuestionPlan(id, roleId, name, PlanState.PUBLISHED, stages, coverage.passes() ? null : reason, by, at, createdAt, version);
    }

    public QuestionPlan retired() {
        if (state != PlanState.PUBLISHED) {
            throw new ConflictException("Only a published plan can be retired.");
        }
        return new QuestionPlan(id, roleId, name, PlanState.RETIRED, stages, overrideReason, publishedBy, publishedAt, createdAt, version);
    }

    /** Checks the plan against the coverage policy. */
    public PlanCoverage coverage(CoverageFacts facts) {
        List<PlanCoverage.Problem> problems = new ArrayList<>();
        if (stages.isEmpty()) {
            problems.add(new PlanCoverage.Problem("no_stages", "The plan has no stages yet.", null, null, null));
        }
        List<PlanCoverage.StageBudget> budgets = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            PlanStage stage = stages.get(i);
            int number = i + 1;
            int questionMinutes = 0;
            for (long questionId : stage.questionIds()) {
                CoverageFacts.QuestionFacts question = facts.questions().get(questionId);
                if (question == null) {
                    continue;
                }
                questionMinutes += question.minutes();
                if (question.competencyIds().stream().noneMatch(stage.focusCompetencyIds()::contains)) {
                    problems.add(new PlanCoverage.Problem("question_off_focus", "In stage " + number + " (" + stage.name() + "), the question \""
                            + shortened(question.text()) + "\" gives evidence for none of the stage's focus competencies.", number, null, questionId));
                }
            }
            budgets.add(new PlanCoverage.StageBudget(number, stage.name(), stage.minutes(), questionMinutes));
            if (questionMinutes > stage.minutes()) {
                problems.add(new PlanCoverage.Problem("stage_over_time", "Stage " + number + " (" + stage.name() + ") has " + questionMinutes
                        + " minutes of questions in a " + stage.minutes() + "-minute slot.", number, null, null));
            }
            for (long competencyId : stage.focusCompetencyIds()) {
                if (!facts.roleCompetencies().containsKey(competencyId)) {
                    problems.add(new PlanCoverage.Problem("focus_not_in_role", "Stage " + number + " (" + stage.name() + ") focuses on "
                            + facts.name(competencyId) + ", which is not one of the role's competencies.", number, competencyId, null));
                }
            }
        }
        List<PlanCoverage.CompetencyCoverage> rows = new ArrayList<>();
        Set<Long> competencyIds = new LinkedHashSet<>(facts.roleCompetencies().keySet());
        for (long competencyId : competencyIds) {
            List<Integer> byStage = stages.stream().map(s -> s.focusCompetencyIds().contains(competencyId) ? s.interviewers() : 0).toList();
            int interviewers = byStage.stream().mapToInt(Integer::intValue).sum();
            boolean mustHave = facts.roleCompetencies().get(competencyId);
            rows.add(new PlanCoverage.CompetencyCoverage(competencyId, facts.name(competencyId), mustHave, byStage, interviewers));
            if (mustHave && interviewers < CoveragePolicy.MIN_INDEPENDENT_INTERVIEWERS) {
                problems.add(new PlanCoverage.Problem("must_have_undercovered", facts.name(competencyId) + " is a must-have competency judged by "
                        + interviewers + (interviewers == 1 ? " interviewer" : " interviewers") + "; it needs at least "
                        + CoveragePolicy.MIN_INDEPENDENT_INTERVIEWERS + ".", null, competencyId, null));
            }
        }
        return new PlanCoverage(rows, budgets, problems);
    }

    private static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** All question ids of the plan, in order. */
    public Set<Long> questionIds() {
        Set<Long> ids = new LinkedHashSet<>();
        stages.forEach(s -> ids.addAll(s.questionIds()));
        return ids;
    }

    /** All focus competency ids of the plan. */
    public Set<Long> focusCompetencyIds() {
        Set<Long> ids = new LinkedHashSet<>();
        stages.forEach(s -> ids.addAll(s.focusCompetencyIds()));
        return ids;
    }

}
