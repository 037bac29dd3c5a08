package dev.panel.candidate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
@MappedEntity("candidate")
public record Candidate(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @Nullable String email,
        Instant createdAt,
        @Version @Nullable Long version) {
}
