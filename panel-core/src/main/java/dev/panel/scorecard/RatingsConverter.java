package dev.panel.scorecard;

import dev.panel.common.JsonColumn;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class RatingsConverter implements AttributeConverter<List<Rating>, String> {

    private final JsonColumn<List<Rating>> column;

    RatingsConverter(JsonMapper json) {
        this.column = new JsonColumn<>(json, Argument.listOf(Rating.class));
    }

    @Override
    public String convertToPersistedValue(List<Rating> value, ConversionContext context) {
        return column.write(value == null ? List.of() : value);
    }

    @Override
    public List<Rating> convertToEntityValue(String value, ConversionContext context) {
        List<Rating> read = column.read(value);
        return read == null ? List.of() : List.copyOf(read);
    }
}
