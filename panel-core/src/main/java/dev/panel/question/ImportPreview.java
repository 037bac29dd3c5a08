package dev.panel.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What an import would bring in: the questions found, each checked against the bank, and what the parser was unsure of. */
@Serdeable
public record ImportPreview(List<Item> questions, List<String> warnings) {

    /**
     * A question found, as in {@link FoundQuestion}, with the bank question it repeats (null when none) and
     * the competencies its words suggest.
     */
    @Serdeable
    public record Item(
            String text,
            @Nullable QuestionKind kind,
            @Nullable QuestionLevel level,
            @Nullable String section,
            @Nullable String signal,
            @Nullable List<String> guidance,
            @Nullable String answer,
            @Nullable BankMatch duplicateOf,
            List<Long> suggestedCompetencyIds) {
    }

    /** A question of the bank that an imported one repeats: with the same text, or near-identical. */
    @Serdeable
    public record BankMatch(long questionId, String text, boolean sameText) {
    }
}
