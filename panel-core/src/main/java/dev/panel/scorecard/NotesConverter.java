package dev.panel.scorecard;

import dev.panel.common.JsonAttributeConverter;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class NotesConverter extends JsonAttributeConverter<List<Note>> {

    NotesConverter(JsonMapper json) {
        super(json, Argument.listOf(Note.class), List.of());
    }
}
