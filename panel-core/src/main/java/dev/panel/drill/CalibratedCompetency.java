package dev.panel.drill;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A competency an interviewer is calibrated for now: the kappa that earned it, and until when it holds. */
@Serdeable
public record CalibratedCompetency(long interviewerId, long competencyId, String competencyName, double kappa, long drillId,
                                   Instant achievedAt, Instant expiresAt) {
}
