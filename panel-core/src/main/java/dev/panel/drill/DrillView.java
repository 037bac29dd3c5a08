package dev.panel.drill;

import dev.panel.competency.RubricVersion;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A drill as its builder sees it: the rubric it is rated against, every sample with its consensus, how many have submitted. */
@Serdeable
public record DrillView(Drill drill, String competencyName, RubricVersion rubric, List<SampleAnswer> samples, long submissions) {
}
