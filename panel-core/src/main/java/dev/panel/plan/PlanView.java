package dev.panel.plan;

import io.micronaut.serde.annotation.Serdeable;

/** A plan with its coverage report. */
@Serdeable
public record PlanView(QuestionPlan plan, PlanCoverage coverage) {
}
