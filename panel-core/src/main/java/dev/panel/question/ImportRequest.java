package dev.panel.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A reviewed list of questions to add to the bank for one role. Questions that repeat one in the bank are
 * skipped unless {@code includeDuplicates}; {@code source} says where they came from (optional).
 */
@Serdeable
public record ImportRequest(
        @Nullable Long roleId,
        boolean includeDuplicates,
        @Nullable String source,
        @Nullable List<Item> questions) {

    /** One question as the person reviewed it. Minutes default to {@link QuestionImportService#DEFAULT_MINUTES}. */
    @Serdeable
    public record Item(
            @Nullable String text,
            @Nullable QuestionKind kind,
            @Nullable QuestionLevel level,
            @Nullable String signal,
            @Nullable List<String> guidance,
            @Nullable String answer,
            @Nullable List<Long> competencyIds,
            @Nullable Integer minutes) {
    }
}
