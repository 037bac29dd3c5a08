package dev.panel.question;

import io.micronaut.core.annotation.Nullable;

/** What to look for in the bank; every part is optional. {@code text} matches anywhere in the question. */
public record QuestionFilter(
        @Nullable Long roleId,
        @Nullable Long competencyId,
        @Nullable QuestionKind kind,
        @Nullable QuestionLevel level,
        @Nullable String text) {

    public static QuestionFilter all() {
        return new QuestionFilter(null, null, null, null, null);
    }
}
