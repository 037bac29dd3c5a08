package dev.panel.scorecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * Whether a panelist's scorecard is in, without any of its content: safe to show to everyone who may see
 * the loop, including panelists who have not submitted.
 */
@Serdeable
public record ScorecardStatus(long interviewId, long interviewerId, @Nullable ScorecardState state, @Nullable Instant submittedAt) {
}
