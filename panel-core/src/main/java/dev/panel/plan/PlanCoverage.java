package dev.panel.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The coverage report of a plan: per competency, how many interviewers judge it and in which stages;
 * per stage, its time budget; and every reason the plan cannot be published yet, in words.
 */
@Serdeable
public record PlanCoverage(List<CompetencyCoverage> competencies, List<StageBudget> stages, List<Problem> problems) {

    public boolean passes() {
        return problems.isEmpty();
    }

    /** A competency's row of the coverage matrix: interviewers per stage (0 where it is not a focus). */
    @Serdeable
    public record CompetencyCoverage(long competencyId, String name, boolean mustHave, List<Integer> interviewersByStage, int interviewers) {
    }

    @Serdeable
    public record StageBudget(int stage, String name, int minutes, int questionMinutes) {

        public boolean fits() {
            return questionMinutes <= minutes;
        }
    }

    /** One reason the gate fails; {@code stage} is 1-based and, like the ids, absent when it does not apply. */
    @Serdeable
    public record Problem(String code, String message, @Nullable Integer stage, @Nullable Long competencyId, @Nullable Long questionId) {
    }
}
