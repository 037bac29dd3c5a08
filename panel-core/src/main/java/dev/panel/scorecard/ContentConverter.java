package dev.panel.scorecard;

import dev.panel.common.JsonAttributeConverter;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

@Singleton
class ContentConverter extends JsonAttributeConverter<ScorecardContent> {

    ContentConverter(JsonMapper json) {
        super(json, Argument.of(ScorecardContent.class), null);
    }
}
