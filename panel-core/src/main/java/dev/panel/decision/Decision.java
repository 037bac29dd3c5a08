package dev.panel.decision;

import dev.panel.common.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The hiring manager's decision on a loop; {@code earlyReason} says why it was taken before every scorecard was in. */
@Serdeable
@MappedEntity("decision")
public record Decision(
        @Id @GeneratedValue @Nullable Long id,
        long loopId,
        Outcome outcome,
        String reason,
        String decidedBy,
        Instant decidedAt,
        @Nullable String earlyReason) {

    /**
     * A decision on the loop. Taken while scorecards are missing it needs a written reason for not waiting, which is
     * kept; with every scorecard in, any such reason is dropped, as there was nothing to wait for.
     */
    public static Decision taken(long loopId, Outcome outcome, String reason, @Nullable String earlyReason,
                                 List<MissingScorecard> missing, String by, Instant at) {
        String whyEarly = earlyReason == null || earlyReason.isBlank() ? null : earlyReason.strip();
        if (!missing.isEmpty() && whyEarly == null) {
            throw new InvalidInputException(MissingScorecard.sentence(missing)
                    + " Wait for them, or write why you decide before they are in (the early reason).");
        }
        return new Decision(null, loopId, outcome, reason, by, at, missing.isEmpty() ? null : whyEarly);
    }

    public boolean wasEarly() {
        return earlyReason != null;
    }
}
