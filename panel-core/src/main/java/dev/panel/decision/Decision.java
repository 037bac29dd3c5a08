package dev.panel.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
@MappedEntity("decision")
public record Decision(
        @Id @GeneratedValue @Nullable Long id,
        long loopId,
        Outcome outcome,
        String reason,
        String decidedBy,
        Instant decidedAt) {
}
