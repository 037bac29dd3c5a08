package dev.panel.competency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A competency to create, with its first rubric. {@code slug} is made from the name when absent. */
@Serdeable
public record NewCompetency(@Nullable String slug, String name, String description, List<RubricLevel> levels) {
}
