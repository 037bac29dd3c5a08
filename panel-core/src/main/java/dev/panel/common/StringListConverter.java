package dev.panel.common;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;

/** A list of texts kept as a JSON array in one column (probes, signs of a strong answer, red flags). */
@Singleton
public class StringListConverter extends JsonAttributeConverter<List<String>> {

    StringListConverter(JsonMapper json) {
        super(json, Argument.listOf(String.class), List.of());
    }
}
