package dev.panel.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What an import did: the questions added, and those skipped with the question each repeats. */
@Serdeable
public record ImportResult(List<Long> importedIds, List<Skipped> skipped) {

    /** {@code number} counts from 1 in the request's list; {@code duplicateOf} is a bank question, or null for a repeat within the list. */
    @Serdeable
    public record Skipped(int number, String text, @Nullable Long duplicateOf) {
    }
}
