package dev.panel.plan;

import dev.panel.common.JsonColumn;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class PlanStagesConverter implements AttributeConverter<List<PlanStage>, String> {

    private final JsonColumn<List<PlanStage>> column;

    PlanStagesConverter(JsonMapper json) {
        this.column = new JsonColumn<>(json, Argument.listOf(PlanStage.class));
    }

    @Override
    public String convertToPersistedValue(List<PlanStage> value, ConversionContext context) {
        return column.write(value == null ? List.of() : value);
    }

    @Override
    public List<PlanStage> convertToEntityValue(String value, ConversionContext context) {
        List<PlanStage> read = column.read(value);
        return read == null ? List.of() : List.copyOf(read);
    }
}
