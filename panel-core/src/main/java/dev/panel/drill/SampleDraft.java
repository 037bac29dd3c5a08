package dev.panel.drill;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A sample answer as the hiring manager writes it, with the consensus level if they set one. */
@Serdeable
public record SampleDraft(@Nullable String answer, @Nullable Integer consensusLevel) {
}
