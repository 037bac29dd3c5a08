package dev.panel.question;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * What to look for in the bank; every part is optional. {@code text} matches anywhere in the question;
 * {@code anyOfCompetencyIds} keeps the questions that give evidence for at least one of those competencies
 * (how a plan stage looks for questions on its focus competencies).
 */
public record QuestionFilter(
        @Nullable Long roleId,
        @Nullable Long competencyId,
        @Nullable QuestionKind kind,
        @Nullable QuestionLevel level,
        @Nullable String text,
        @Nullable Set<Long> anyOfCompetencyIds) {

    public QuestionFilter {
        anyOfCompetencyIds = anyOfCompetencyIds == null ? null : Set.copyOf(anyOfCompetencyIds);
    }

    public QuestionFilter(@Nullable Long roleId, @Nullable Long competencyId, @Nullable QuestionKind kind, @Nullable QuestionLevel level,
                          @Nullable String text) {
        this(roleId, competencyId, kind, level, text, null);
    }

    public static QuestionFilter all() {
        return new QuestionFilter(null, null, null, null, null);
    }

    /** Questions giving evidence for any of the competencies, their text containing {@code text} if it is given. */
    public static QuestionFilter anyOf(Set<Long> competencyIds, @Nullable String text) {
        return new QuestionFilter(null, null, null, null, text, competencyIds);
    }
}
