package dev.panel.competency;

import io.micronaut.serde.annotation.Serdeable;

/** A competency with its current rubric. */
@Serdeable
public record CompetencyView(Competency competency, RubricVersion rubric) {
}
