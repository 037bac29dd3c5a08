package dev.panel.scorecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What an interviewer writes on a scorecard; sent whole on every autosave. */
@Serdeable
public record ScorecardContent(@Nullable List<Note> notes, @Nullable List<Rating> ratings, @Nullable Recommendation recommendation) {

    public ScorecardContent {
        notes = notes == null ? List.of() : List.copyOf(notes);
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
    }
}
