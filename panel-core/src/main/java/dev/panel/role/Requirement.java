package dev.panel.role;

import dev.panel.common.InvalidInputException;
import io.micronaut.serde.annotation.Serdeable;

/** What a role asks of one competency. */
@Serdeable
public record Requirement(long competencyId, int weight, boolean mustHave) {

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 3;

    public Requirement {
        if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
            throw new InvalidInputException("A competency's weight is " + MIN_WEIGHT + " to " + MAX_WEIGHT + "; " + weight + " is not.");
        }
    }
}
