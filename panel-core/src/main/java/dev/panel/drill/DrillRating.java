package dev.panel.drill;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One interviewer's rating of one sample answer: a draft until they submit the whole drill. */
@Serdeable
@MappedEntity("drill_rating")
public record DrillRating(
        @Id @GeneratedValue @Nullable Long id,
        long drillId,
        long sampleId,
        long interviewerId,
        @Nullable Integer level,
        String evidence,
        boolean submitted,
        @Nullable Instant submittedAt,
        Instant updatedAt,
        @Version @Nullable Long version) {

    static DrillRating draft(long drillId, long sampleId, long interviewerId, @Nullable Integer level, String evidence, Instant now) {
        return new DrillRating(null, drillId, sampleId, interviewerId, level, evidence, false, null, now, null);
    }

    DrillRating withDraft(@Nullable Integer newLevel, String newEvidence, Instant now) {
        return new DrillRating(id, drillId, sampleId, interviewerId, newLevel, newEvidence, false, null, now, version);
    }

    DrillRating asSubmitted(Instant now) {
        return new DrillRating(id, drillId, sampleId, interviewerId, level, evidence, true, now, now, version);
    }

    boolean isComplete() {
        return level != null && evidence != null && !evidence.isBlank();
    }
}
