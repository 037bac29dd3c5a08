package dev.panel.loop;

import dev.panel.common.JsonColumn;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

@Singleton
class FrozenPlanConverter implements AttributeConverter<FrozenPlan, String> {

    private final JsonColumn<FrozenPlan> column;

    FrozenPlanConverter(JsonMapper json) {
        this.column = new JsonColumn<>(json, Argument.of(FrozenPlan.class));
    }

    @Override
    public String convertToPersistedValue(FrozenPlan value, ConversionContext context) {
        return column.write(value);
    }

    @Override
    public FrozenPlan convertToEntityValue(String value, ConversionContext context) {
        return column.read(value);
    }
}
