package dev.panel.scorecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The interviewer's notes on one question.
 *
 * @param seconds how long the question's timer ran in the interview, {@code null} when the timer was not used
 */
@Serdeable
public record Note(long questionId, String text, @Nullable Integer seconds) {

    public Note {
        if (seconds != null && seconds < 0) {
            throw new IllegalArgumentException("A question's time cannot be negative: " + seconds);
        }
    }

    /** Notes with no time recorded. */
    public Note(long questionId, String text) {
        this(questionId, text, null);
    }
}
