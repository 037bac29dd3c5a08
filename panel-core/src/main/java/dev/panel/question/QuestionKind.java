package dev.panel.question;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.panel.common.Choices;
import io.micronaut.serde.annotation.Serdeable;

/** What sort of question it is. */
@Serdeable
public enum QuestionKind {
    TECHNICAL("Technical / architecture"),
    BEHAVIOURAL("Behavioural (STAR)"),
    SITUATIONAL("Situational scenario"),
    MOTIVATION("Motivation");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind named, in any case: how API requests name it, in a body or a query. */
    @JsonCreator
    public static QuestionKind named(String name) {
        return Choices.named(QuestionKind.class, "kind", name);
    }
}
