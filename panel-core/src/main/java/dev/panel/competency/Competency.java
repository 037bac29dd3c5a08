package dev.panel.competency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One thing a panel must judge, e.g. "Reliability and operations". */
@Serdeable
@MappedEntity("competency")
public record Competency(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        String name,
        String description,
        Instant createdAt,
        @Version @Nullable Long version) {

    Competency withText(String newName, String newDescription) {
        return new Competency(id, slug, newName, newDescription, createdAt, version);
    }
}
