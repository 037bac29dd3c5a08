package dev.panel.question;

import dev.panel.common.StringListConverter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A question of the bank. The competencies and roles it belongs to are kept beside it ({@link QuestionView}). */
@Serdeable
@MappedEntity("question")
public record Question(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable String slug,
        String text,
        QuestionKind kind,
        QuestionLevel level,
        @MappedProperty("signal_text") String signal,
        @MappedProperty(converter = StringListConverter.class) List<String> probes,
        @MappedProperty(converter = StringListConverter.class) List<String> strongAnswer,
        @MappedProperty(converter = StringListConverter.class) List<String> redFlags,
        int minutes,
        @Nullable String source,
        @Nullable @MappedProperty(converter = StringListConverter.class) List<String> guidance,
        @Nullable String sampleAnswer,
        Instant createdAt,
        @Version @Nullable Long version) {
}
