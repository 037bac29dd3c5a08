package dev.panel.drill;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What an interviewer has written for one sample answer: a level (empty until chosen) and the evidence for it. */
@Serdeable
public record SampleRating(long sampleId, @Nullable Integer level, @Nullable String evidence) {
}
