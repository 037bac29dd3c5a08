package dev.panel.scorecard;

import dev.panel.common.JsonAttributeConverter;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class RatingsConverter extends JsonAttributeConverter<List<Rating>> {

    RatingsConverter(JsonMapper json) {
        super(json, Argument.listOf(Rating.class), List.of());
    }
}
