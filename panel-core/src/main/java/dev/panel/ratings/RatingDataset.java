package dev.panel.ratings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One import of historical ratings, under the name it was given; never changed once imported. */
@Serdeable
@MappedEntity("rating_dataset")
public record RatingDataset(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        int ratingCount,
        String importedBy,
        Instant importedAt) {

    RatingDataset withRatingCount(int count) {
        return new RatingDataset(id, name, count, importedBy, importedAt);
    }
}
