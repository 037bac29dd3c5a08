package dev.panel.scorecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a panelist's scorecard is in, without any of its content: safe to show to everyone who may see
 * the loop, including panelists who have not submitted. {@code dueAt} is when it should be in: a day after
 * the interview ends (unknown while the interview has no time).
 */
@Serdeable
public record ScorecardStatus(long interviewId, long interviewerId, @Nullable ScorecardState state, @Nullable Instant submittedAt,
                              @Nullable Instant dueAt) {

    /** How long after the end of an interview its scorecards are expected. */
    public static final Duration DUE_AFTER_INTERVIEW = Duration.ofHours(24);

    static Instant dueAt(@Nullable Instant scheduledAt, int minutes) {
        return scheduledAt == null ? null : scheduledAt.plus(Duration.ofMinutes(minutes)).plus(DUE_AFTER_INTERVIEW);
    }

    public boolean isSubmitted() {
        return state == ScorecardState.SUBMITTED;
    }

    /** Not in, and past the time it was due. */
    public boolean isOverdue(Instant now) {
        return !isSubmitted() && dueAt != null && now.isAfter(dueAt);
    }
}
