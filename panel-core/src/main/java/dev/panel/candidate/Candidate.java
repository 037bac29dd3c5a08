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
        @Version @Nullable Long version,
        @Nullable Instant anonymisedAt) {

    /** The candidate with name and email gone; the id and the dates stay, so that statistics still add up. */
    public Candidate anonymised(Instant at) {
        return new Candidate(id, "Anonymised candidate " + id, null, createdAt, version, at);
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }
}
