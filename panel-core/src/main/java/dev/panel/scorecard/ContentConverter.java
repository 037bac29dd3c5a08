package dev.panel.scorecard;

import dev.panel.common.JsonColumn;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

@Singleton
class ContentConverter implements AttributeConverter<ScorecardContent, String> {

    private final JsonColumn<ScorecardContent> column;

    ContentConverter(JsonMapper json) {
        this.column = new JsonColumn<>(json, Argument.of(ScorecardContent.class));
    }

    @Override
    public String convertToPersistedValue(ScorecardContent value, ConversionContext context) {
        return column.write(value);
    }

    @Override
    public ScorecardContent convertToEntityValue(String value, ConversionContext context) {
        return column.read(value);
    }
}
