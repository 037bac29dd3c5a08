package dev.panel.loop;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Optional;

/**
 * The plan as it was when the loop opened. Later edits to the plan, or new rubric versions, do not reach
 * a running loop: its scorecards keep the rubric versions frozen here.
 */
@Serdeable
public record FrozenPlan(long planId, String planName, List<Stage> stages) {

    @Serdeable
    public record Stage(String name, int minutes, int interviewers, List<Focus> focus, List<Long> questionIds) {
    }

    /** A focus competency of a stage and the rubric version its ratings use. */
    @Serdeable
    public record Focus(long competencyId, String name, long rubricVersionId) {
    }

    public Optional<Stage> stage(int index) {
        return index >= 0 && index < stages.size() ? Optional.of(stages.get(index)) : Optional.empty();
    }
}
