package dev.panel.question;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A question as a person writes it. {@code version} is the version edited, for updates. {@code guidance}
 * (how to answer: STAR bullets, tips) and {@code sampleAnswer} are optional; on an update, null keeps
 * what the question has, so that a form that does not show them does not erase them.
 */
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
        @Nullable List<String> guidance,
        @Nullable String sampleAnswer,
        @Nullable Long version) {

    @Creator
    public QuestionDraft {
    }

    /** A question without guidance or a sample answer. */
    public QuestionDraft(String slug, String text, QuestionKind kind, QuestionLevel level, List<Long> competencyIds, List<Long> roleIds,
                         String signal, List<String> probes, List<String> strongAnswer, List<String> redFlags, int minutes,
                         String source, Long version) {
        this(slug, text, kind, level, competencyIds, roleIds, signal, probes, strongAnswer, redFlags, minutes, source, null, null, version);
    }
}
