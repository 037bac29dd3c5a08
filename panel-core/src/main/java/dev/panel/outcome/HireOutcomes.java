package dev.panel.outcome;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A loop through which the candidate was hired, the competencies its outcomes may be rated on, and the outcomes recorded. */
@Serdeable
public record HireOutcomes(long loopId, String plan, List<PlannedCompetency> competencies, List<OutcomeView> outcomes) {

    @Serdeable
    public record PlannedCompetency(long id, String name) {
    }
}
