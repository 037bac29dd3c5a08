package dev.panel.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * A hire's outcome to record (or to change: the same loop, checkpoint and competency replaces the one before).
 *
 * @param loopId       the hired loop; may be left out when the candidate was hired through one loop only
 * @param competencyId a competency of the loop's plan, or null for the overall outcome
 * @param level        the rating on the checkpoint's scale; may be left out when only {@code stillEmployed} is known
 */
@Serdeable
public record RecordOutcome(@Nullable Long loopId, @Nullable Long checkpointId, @Nullable Long competencyId, @Nullable Integer level,
                            @Nullable Boolean stillEmployed, @Nullable LocalDate observedOn) {
}
