package dev.panel.competency;

import dev.panel.common.JsonAttributeConverter;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class RubricLevelsConverter extends JsonAttributeConverter<List<RubricLevel>> {

    RubricLevelsConverter(JsonMapper json) {
        super(json, Argument.listOf(RubricLevel.class), List.of());
    }
}
