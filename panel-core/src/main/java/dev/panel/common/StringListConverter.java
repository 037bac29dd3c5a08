package dev.panel.common;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;

/** A list of texts kept as a JSON array in one column (probes, signs of a strong answer, red flags). */
@Singleton
public class StringListConverter implements AttributeConverter<List<String>, String> {

    private final JsonColumn<List<String>> column;

    StringListConverter(JsonMapper json) {
        this.column = new JsonColumn<>(json, Argument.listOf(String.class));
    }

    @Override
    public String convertToPersistedValue(List<String> value, ConversionContext context) {
        return column.write(value == null ? List.of() : value);
    }

    @Override
    public List<String> convertToEntityValue(String value, ConversionContext context) {
        List<String> read = column.read(value);
        return read == null ? List.of() : List.copyOf(read);
    }
}
