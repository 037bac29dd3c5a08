package dev.panel.scorecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A rating of one focus competency on the rubric version frozen in the loop; {@code level} is empty until rated. */
@Serdeable
public record Rating(long competencyId, long rubricVersionId, @Nullable Integer level, @Nullable String evidence) {

    boolean isRated() {
        return level != null;
    }

    boolean hasEvidence() {
        return evidence != null && !evidence.isBlank();
    }
}
