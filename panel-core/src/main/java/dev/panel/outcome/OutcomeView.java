package dev.panel.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded outcome as people read it; {@code competencyId} and {@code competency} are null for the overall outcome. */
@Serdeable
public record OutcomeView(long id, long loopId, long checkpointId, String checkpoint, int scaleMax, @Nullable Long competencyId,
                          @Nullable String competency, @Nullable Integer level, @Nullable Boolean stillEmployed,
                          @Nullable LocalDate observedOn, String recordedBy, Instant recordedAt) {
}
