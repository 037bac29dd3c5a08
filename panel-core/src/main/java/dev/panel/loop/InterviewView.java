package dev.panel.loop;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An interview with its stage (as frozen in the loop) and its panelists' user ids. */
@Serdeable
public record InterviewView(Interview interview, FrozenPlan.Stage stage, List<Long> panelistIds) {
}
