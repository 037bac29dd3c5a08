package dev.panel.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A plan as a hiring manager writes it. {@code version} is the version edited, for updates. */
@Serdeable
public record PlanDraft(long roleId, String name, List<PlanStage> stages, @Nullable Long version) {
}
