package dev.panel.calibration;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Predictive validity: how the panel's figures for hired candidates go with their later outcome
 * ({@link ValidityAnalysis}). Outcomes are those at {@code checkpoint}, the checkpoint most hires have; levels are
 * read as a share of their scale, (level - 1)/(max - 1). A figure the data cannot give is null, and the result's
 * notes say why. Nulls are written out (a JSON null), as the API promises, although Panel leaves nulls out elsewhere.
 *
 * @param hires        hired candidates with an overall outcome at the checkpoint
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Validity(@Nullable String checkpoint, int hires, List<Figure> roles, List<Figure> competencies,
                       List<InterviewerFigure> interviewers, List<AgreementRow> decisions) {

    public static final Validity NONE = new Validity(null, 0, List.of(), List.of(), List.of(), List.of());

    /**
     * One correlation with the outcome, as observed among the hired and corrected for range restriction.
     *
     * @param role        the role, or "All roles"
     * @param competency  for a competency's figure, its name; null for the overall ones
     * @param predictor   "fair score", "raw mean", or for a competency "rating"
     * @param outcome     "overall" or, for a competency with its own later ratings, the competency's name
     * @param spreadRatio Thorndike's u: the applicant pool's spread of the predictor over the hired group's
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Figure(String role, @Nullable String competency, String predictor, String outcome, int n,
                         @Nullable Double r, @Nullable Double low, @Nullable Double high, @Nullable Double spreadRatio,
                         @Nullable Double corrected, @Nullable Double correctedLow, @Nullable Double correctedHigh) {
    }

    /**
     * An interviewer's own ratings (their mean per candidate) against the outcome, and shrunk toward the pooled
     * value; {@code enoughData} false below {@link ValidityShrinkage#MIN_N} hires, when r and shrunk are null.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record InterviewerFigure(String interviewer, int n, boolean enoughData, @Nullable Double r, @Nullable Double low,
                                    @Nullable Double high, @Nullable Double shrunk) {
    }

    /**
     * Hires by the panel's view (the nearest recommendation to the mean of their scorecards' recommendations, or
     * "All hires") and how they later did: outcome low (bottom third of the scale), mid, high, or not rated at the
     * checkpoint; and whether they were still employed at their last recorded checkpoint.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AgreementRow(String panelView, int hires, int low, int mid, int high, int unrated, int stillEmployed, int left) {
    }
}
