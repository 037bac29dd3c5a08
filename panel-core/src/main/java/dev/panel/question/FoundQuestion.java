package dev.panel.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A question as found in pasted text. Every field but the text is null when the text did not say it:
 * {@code kind} is inferred from the section heading or the question's wording, {@code level} comes from the
 * section heading, {@code signal} from a line such as "Assess …" or "Why they ask: …".
 */
@Serdeable
public record FoundQuestion(
        String text,
        @Nullable QuestionKind kind,
        @Nullable QuestionLevel level,
        @Nullable String section,
        @Nullable String signal,
        @Nullable List<String> guidance,
        @Nullable String answer) {
}
