package dev.panel.scorecard;

import dev.panel.common.JsonColumn;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class NotesConverter implements AttributeConverter<List<Note>, String> {

    private final JsonColumn<List<Note>> column;

    NotesConverter(JsonMapper json) {
        this.column = new JsonColumn<>(json, Argument.listOf(Note.class));
    }

    @Override
    public String convertToPersistedValue(List<Note> value, ConversionContext context) {
        return column.write(value == null ? List.of() : value);
    }

    @Override
    public List<Note> convertToEntityValue(String value, ConversionContext context) {
        List<Note> read = column.read(value);
        return read == null ? List.of() : List.copyOf(read);
    }
}
