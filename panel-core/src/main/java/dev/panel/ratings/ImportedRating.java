package dev.panel.ratings;

import dev.panel.scorecard.Recommendation;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** One good row of an import file, as it will be stored; {@code sourceRow} is its row in the file (the header is row 1). */
record ImportedRating(long sourceRow, String candidate, String interviewer, String competency, int rating, int scale,
                      @Nullable Instant ratedAt, @Nullable String stage, @Nullable String role,
                      @Nullable Recommendation recommendation) {
}
