package dev.panel.scorecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What an interviewer writes on a scorecard; sent whole on every autosave. */
@Serdeable
public record ScorecardContent(@Nullable List<Note> notes, @Nullable List<Rating> ratings, @Nullable Recommendation recommendation) {

    public ScorecardContent {
        notes = notes == null ? List.of() : List.copyOf(notes);
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
    }

    /** What a submission still needs, in the words a refusal uses ("a rating for Delivery", "an overall recommendation"); empty when complete. */
    public List<String> missingForSubmission(Map<Long, String> competencyNames) {
        List<String> missing = new ArrayList<>();
        for (Rating rating : ratings) {
            String name = competencyNames.getOrDefault(rating.competencyId(), "competency " + rating.competencyId());
            if (!rating.isRated()) {
                missing.add("a rating for " + name);
            }
            if (!rating.hasEvidence()) {
                missing.add("evidence for " + name);
            }
        }
        if (recommendation == null) {
            missing.add("an overall recommendation");
        }
        return missing;
    }
}
