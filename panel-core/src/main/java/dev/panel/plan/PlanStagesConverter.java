package dev.panel.plan;

import dev.panel.common.JsonAttributeConverter;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class PlanStagesConverter extends JsonAttributeConverter<List<PlanStage>> {

    PlanStagesConverter(JsonMapper json) {
        super(json, Argument.listOf(PlanStage.class), List.of());
    }
}
