package dev.panel.drill;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** An interviewer earned calibrated status for a competency in a drill, valid until {@code expiresAt}. Never changed. */
@Serdeable
@MappedEntity("calibrated_status")
public record CalibratedStatus(
        @Id @GeneratedValue @Nullable Long id,
        long interviewerId,
        long competencyId,
        long drillId,
        double kappa,
        Instant achievedAt,
        Instant expiresAt) {

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
