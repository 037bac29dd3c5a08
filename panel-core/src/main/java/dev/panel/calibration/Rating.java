package dev.panel.calibration;

import dev.panel.common.InvalidInputException;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One rating, the input of every calibration statistic: a candidate rated by an interviewer on a competency,
 * in a stage, against a rubric version, as a level from 1 to {@code scaleMax}.
 *
 * @param candidate     the candidate's key or name (required)
 * @param interviewer   the interviewer's key or name (required)
 * @param competency    the competency's key or name (required)
 * @param stage         the stage of the loop; {@code null} or blank is read as "" (one stage)
 * @param rubricVersion the rubric version rated against, {@code null} when unknown (e.g. imported ratings)
 * @param value         the level given, 1 to {@code scaleMax}
 * @param scaleMax      the number of levels of the scale, {@value #MIN_SCALE} to {@value #MAX_SCALE}
 * @param at            when it was given, {@code null} when unknown
 */
@Serdeable
public record Rating(String candidate, String interviewer, String competency, String stage,
                     Integer rubricVersion, int value, int scaleMax, Instant at) {

    public static final int MIN_SCALE = 2;
    /** Ten levels is more than any anchored rubric uses; the bound keeps the Rasch arithmetic far from overflow. */
    public static final int MAX_SCALE = 10;

    public Rating {
        check(candidate, interviewer, competency, value, scaleMax);
        stage = stage == null || stage.isBlank() ? "" : stage;
    }

    /** What every rating must be, as a record or as a row of a {@link RatingTable}. */
    static void check(String candidate, String interviewer, String competency, int value, int scaleMax) {
        requireName(candidate, "candidate");
        requireName(interviewer, "interviewer");
        requireName(competency, "competency");
        if (scaleMax < MIN_SCALE || scaleMax > MAX_SCALE) {
            throw new InvalidInputException("A rating scale has " + MIN_SCALE + " to " + MAX_SCALE
                    + " levels; this one has " + scaleMax + ".");
        }
        if (value < 1 || value > scaleMax) {
            throw new InvalidInputException("A rating on a " + scaleMax + "-point scale is a level from 1 to "
                    + scaleMax + "; this one is " + value + ".");
        }
    }

    /** A rating on a single-stage panel, with no rubric version or time. */
    public static Rating of(String candidate, String interviewer, String competency, int value, int scaleMax) {
        return new Rating(candidate, interviewer, competency, "", null, value, scaleMax, null);
    }

    private static void requireName(String name, String field) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("A rating needs its " + field + ".");
        }
    }
}
