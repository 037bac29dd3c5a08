package dev.panel.calibration;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What one question did in one role over the period ({@link QuestionAnalysis}). A figure the data cannot give is
 * null, and the result's notes say why.
 *
 * @param planned          submitted scorecards whose stage had the question
 * @param asked            of those, the ones with notes on it
 * @param emptyShare       the share of {@code planned} with no notes on it
 * @param timed            scorecards whose timer ran for it; {@code meanMinutes} their mean time, {@code timeRatio} that over the time box
 * @param competencies     the focus competencies rated with it
 * @param distribution     the levels 1..scaleMax of the reference scale given to those competencies with it
 * @param discrimination   corrected item-total correlation: the rating given with it against the candidate's fair score
 *                         from the rest of the loop, over {@code discriminationN} candidates, with its 95% interval
 * @param months           months with both its ratings and the same interviewers' other ratings
 * @param trendP           one-sided Mann–Kendall p of a rise of its ratings over the others', {@code trendQ} that after Benjamini–Hochberg
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record QuestionStats(long questionId, String question, String role, int planned, int asked, @Nullable Double emptyShare,
                            int timed, @Nullable Double meanMinutes, int timeBoxMinutes, @Nullable Double timeRatio,
                            List<String> competencies, List<Integer> distribution, int discriminationN,
                            @Nullable Double discrimination, @Nullable Double discriminationLow, @Nullable Double discriminationHigh,
                            int months, @Nullable Double trendP, @Nullable Double trendQ, List<Alert> alerts) {

    /** An alert with the sentence a reader sees. {@code kind}: weak, leak, overtime or skipped. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Alert(String kind, String text) {
    }

    static Double orNull(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}
