package dev.panel.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A named point after hiring at which a hire's outcome is rated ("90-day review"), on a scale of 1 to
 * {@code scaleMax}. A retired checkpoint keeps its outcomes but takes no new ones.
 */
@Serdeable
@MappedEntity("outcome_checkpoint")
public record Checkpoint(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        int scaleMax,
        int position,
        @Nullable Instant retiredAt,
        @Version @Nullable Long version) {

    public static final int MIN_SCALE = 2;
    public static final int MAX_SCALE = 10;
    public static final int NAME_LIMIT = 100;

    public boolean isRetired() {
        return retiredAt != null;
    }

    /** What is wrong with rating an outcome {@code level} here, or null when nothing is. */
    @Nullable
    public String levelProblem(int level) {
        return level >= 1 && level <= scaleMax ? null
                : "the rating " + level + " is off the scale of \"" + name + "\", which runs from 1 to " + scaleMax;
    }

    /** What is wrong with a scale maximum, or null. */
    @Nullable
    static String scaleProblem(int scaleMax) {
        return scaleMax >= MIN_SCALE && scaleMax <= MAX_SCALE ? null
                : "The scale's top level must be from " + MIN_SCALE + " to " + MAX_SCALE + " (it was " + scaleMax + ").";
    }

    Checkpoint changed(String newName, int newScale, int newPosition) {
        return new Checkpoint(id, newName, newScale, newPosition, retiredAt, version);
    }

    Checkpoint retired(Instant at) {
        return new Checkpoint(id, name, scaleMax, position, at, version);
    }
}
