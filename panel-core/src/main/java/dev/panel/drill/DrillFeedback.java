package dev.panel.drill;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record DrillFeedback(Drill drill, String competencyName, List<SampleFeedback> samples) {
}
