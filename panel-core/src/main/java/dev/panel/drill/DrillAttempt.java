package dev.panel.drill;

import dev.panel.competency.RubricVersion;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * One interviewer's go at a drill: the samples (with no consensus until they have submitted), the rubric, and
 * their own ratings, one per sample in sample order. {@code version} changes with every save.
 */
@Serdeable
public record DrillAttempt(Drill drill, String competencyName, RubricVersion rubric, List<SampleAnswer> samples, List<DrillRating> ratings,
                           boolean submitted, Instant updatedAt, long version) {
}
