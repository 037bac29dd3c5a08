package dev.panel.ratings;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * One submitted scorecard as the question analytics read it: who rated whom in which stage and when, and each
 * question the loop's frozen plan put in that stage, with whether the interviewer wrote notes on it and how long its
 * timer ran. No note text: the analytics need none, so none leaves the database.
 *
 * @param candidateKey   as {@link RatingRow#candidateKey()} gives it
 * @param interviewerKey as {@link RatingRow#interviewerKey()} gives it
 * @param stage          the stage's name, as the ratings of the scorecard carry it
 */
public record ScorecardQuestions(String candidateKey, String interviewerKey, @Nullable String role, @Nullable String stage,
                                 @Nullable Instant submittedAt, List<Asked> questions) {

    /**
     * A question of the stage.
     *
     * @param answered whether the interviewer wrote notes on it (an empty note is a question skipped or not written up)
     * @param seconds  how long its timer ran, null when the timer was not used
     * @param minutes  the question's time box in the bank
     * @param focus    the names of the stage's focus competencies the question belongs to: the ratings given with it
     */
    public record Asked(long questionId, String text, int minutes, boolean answered, @Nullable Integer seconds, List<String> focus) {
    }
}
