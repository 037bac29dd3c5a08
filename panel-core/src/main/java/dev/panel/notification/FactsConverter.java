package dev.panel.notification;

import dev.panel.common.JsonAttributeConverter;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.Map;

/** A notification's facts, kept as one JSON object of texts. */
@Singleton
class FactsConverter extends JsonAttributeConverter<Map<String, String>> {

    FactsConverter(JsonMapper json) {
        super(json, Argument.mapOf(String.class, String.class), Map.of());
    }
}
