package dev.panel.question;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.panel.common.Choices;
import io.micronaut.serde.annotation.Serdeable;

/** How deep a question goes. */
@Serdeable
public enum QuestionLevel {
    FOUNDATIONAL("Foundational"),
    INTERMEDIATE("Intermediate"),
    DEEP_TECHNICAL("Deep technical"),
    STRATEGIC("Strategic");

    private final String label;

    QuestionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The level named, in any case: how API requests name it, in a body or a query. */
    @JsonCreator
    public static QuestionLevel named(String name) {
        return Choices.named(QuestionLevel.class, "level", name);
    }
}
