package dev.panel.question;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What an import would bring in: the questions found, each checked against the bank, and what the parser was unsure of. */
@Serdeable
public record ImportPreview(List<Item> questions, List<String> warnings) {

    /**
     * A question found, with the bank question it repeats (null when none) and the competencies its words
     * suggest. In JSON the found question's fields sit beside these two, in one object.
     */
    @Serdeable
    public record Item(@JsonUnwrapped FoundQuestion found, @Nullable BankMatch duplicateOf, List<Long> suggestedCompetencyIds) {
    }

    /** A question of the bank that an imported one repeats: with the same text, or near-identical. */
    @Serdeable
    public record BankMatch(long questionId, String text, boolean sameText) {
    }
}
