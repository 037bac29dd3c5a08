package dev.panel.loop;

import dev.panel.common.JsonAttributeConverter;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

@Singleton
class FrozenPlanConverter extends JsonAttributeConverter<FrozenPlan> {

    FrozenPlanConverter(JsonMapper json) {
        super(json, Argument.of(FrozenPlan.class), null);
    }
}
