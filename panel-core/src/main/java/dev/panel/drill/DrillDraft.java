package dev.panel.drill;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A drill to create or to change while it is a draft; the competency cannot change once created. */
@Serdeable
public record DrillDraft(@Nullable Long competencyId, @Nullable Long questionId, @Nullable String title, @Nullable String prompt,
                         @Nullable List<SampleDraft> samples) {

    public DrillDraft {
        samples = samples == null ? List.of() : List.copyOf(samples);
    }
}
