package dev.panel.competency;

import dev.panel.common.JsonColumn;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class RubricLevelsConverter implements AttributeConverter<List<RubricLevel>, String> {

    private final JsonColumn<List<RubricLevel>> column;

    RubricLevelsConverter(JsonMapper json) {
        this.column = new JsonColumn<>(json, Argument.listOf(RubricLevel.class));
    }

    @Override
    public String convertToPersistedValue(List<RubricLevel> value, ConversionContext context) {
        return column.write(value);
    }

    @Override
    public List<RubricLevel> convertToEntityValue(String value, ConversionContext context) {
        List<RubricLevel> read = column.read(value);
        return read == null ? List.of() : List.copyOf(read);
    }
}
