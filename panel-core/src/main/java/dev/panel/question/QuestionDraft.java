package dev.panel.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A question as a person writes it. {@code version} is the version edited, for updates. */
@Serdeable
public record QuestionDraft(
        @Nullable String slug,
        String text,
        QuestionKind kind,
        QuestionLevel level,
        List<Long> competencyIds,
        @Nullable List<Long> roleIds,
        String signal,
        @Nullable List<String> probes,
        @Nullable List<String> strongAnswer,
        @Nullable List<String> redFlags,
        int minutes,
        @Nullable String source,
        @Nullable Long version) {
}
