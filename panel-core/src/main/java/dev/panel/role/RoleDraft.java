package dev.panel.role;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A role as a hiring manager writes it. {@code version} is the version edited, for updates. */
@Serdeable
public record RoleDraft(@Nullable String slug, String name, String level, String description,
                        @Nullable Long hiringManagerId, List<Requirement> requirements, @Nullable Long version) {
}
