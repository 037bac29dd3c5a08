package dev.panel.competency;

import dev.panel.common.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** One version of a competency's rubric. Never updated: a change is a new version with the next number. */
@Serdeable
@MappedEntity("rubric_version")
public record RubricVersion(
        @Id @GeneratedValue @Nullable Long id,
        long competencyId,
        int number,
        @MappedProperty(converter = RubricLevelsConverter.class) List<RubricLevel> levels,
        @Nullable String createdBy,
        Instant createdAt) {

    public int maxLevel() {
        return levels.size();
    }

    /** The level a rating of {@code value} stands for; refuses a value off the scale. */
    public RubricLevel levelFor(int value) {
        if (value < 1 || value > levels.size()) {
            throw new InvalidInputException("A rating on this rubric is between 1 and " + levels.size() + "; " + value + " is not.");
        }
        return levels.get(value - 1);
    }
}
