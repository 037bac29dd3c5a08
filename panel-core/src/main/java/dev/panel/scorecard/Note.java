package dev.panel.scorecard;

import io.micronaut.serde.annotation.Serdeable;

/** The interviewer's notes on one question. */
@Serdeable
public record Note(long questionId, String text) {
}
