package dev.panel.competency;

import io.micronaut.serde.annotation.Serdeable;

/** One point of a rubric's scale: its number (1 = lowest), its label, and what a candidate at it says and has done. */
@Serdeable
public record RubricLevel(int level, String label, String anchor) {
}
