package dev.panel.plan;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One interview of a plan: its name, length, how many interviewers, what it judges and what it asks. */
@Serdeable
public record PlanStage(String name, int minutes, int interviewers, List<Long> focusCompetencyIds, List<Long> questionIds) {

    public PlanStage {
        focusCompetencyIds = focusCompetencyIds == null ? List.of() : List.copyOf(focusCompetencyIds);
        questionIds = questionIds == null ? List.of() : List.copyOf(questionIds);
    }
}
