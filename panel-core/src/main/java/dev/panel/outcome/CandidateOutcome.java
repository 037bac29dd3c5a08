package dev.panel.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A hire's outcome at one checkpoint, overall ({@code competencyId} {@link #OVERALL}) or for one competency of their
 * loop's plan: a rating on the checkpoint's scale and/or whether they were still employed, and who recorded it when.
 */
@Serdeable
@MappedEntity("candidate_outcome")
public record CandidateOutcome(
        @Id @GeneratedValue @Nullable Long id,
        long loopId,
        long checkpointId,
        long competencyId,
        @Nullable Integer level,
        @Nullable Boolean stillEmployed,
        @Nullable LocalDate observedOn,
        String recordedBy,
        Instant recordedAt,
        @Version @Nullable Long version) {

    /** The competency id of an overall outcome (0 rather than null, so that the table's unique key holds). */
    public static final long OVERALL = 0;

    public boolean isOverall() {
        return competencyId == OVERALL;
    }

    CandidateOutcome changedTo(OutcomeValues values, String by, Instant at) {
        return new CandidateOutcome(id, loopId, checkpointId, competencyId, values.level(), values.stillEmployed(), values.observedOn(),
                by, at, version);
    }

    /** The values alone, as the audit log writes them ("4 of 5, still employed"). */
    OutcomeValues values() {
        return new OutcomeValues(level, stillEmployed, observedOn);
    }
}
