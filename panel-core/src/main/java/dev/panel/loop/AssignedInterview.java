package dev.panel.loop;

import io.micronaut.serde.annotation.Serdeable;

/** An interview on someone's list: which candidate, which stage, when. */
@Serdeable
public record AssignedInterview(Interview interview, String candidateName, FrozenPlan.Stage stage, LoopState loopState) {
}
