package dev.panel.loop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One stage of a loop, held at a time, by its panelists. */
@Serdeable
@MappedEntity("interview")
public record Interview(
        @Id @GeneratedValue @Nullable Long id,
        long loopId,
        int stageIndex,
        @Nullable Instant scheduledAt,
        @Version @Nullable Long version) {
}
