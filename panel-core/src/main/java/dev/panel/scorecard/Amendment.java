package dev.panel.scorecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A change to a submitted scorecard: who, when, why, and the scorecard as it was before. */
@Serdeable
@MappedEntity("scorecard_amendment")
public record Amendment(
        @Id @GeneratedValue @Nullable Long id,
        long scorecardId,
        String amendedBy,
        Instant amendedAt,
        String reason,
        @MappedProperty(converter = ContentConverter.class) ScorecardContent previous) {
}
