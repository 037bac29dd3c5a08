package dev.panel.common;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads and writes the JSON text kept in a column, for values that are only ever read and written
 * whole (a rubric's levels, a plan's stages, a question's probes). Used by the features' converters.
 */
public final class JsonColumn<T> {

    private final JsonMapper json;
    private final Argument<T> type;

    public JsonColumn(JsonMapper json, Argument<T> type) {
        this.json = json;
        this.type = type;
    }

    public String write(T value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(type, value);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + type.getTypeName() + " as JSON", e);
        }
    }

    public T read(String column) {
        if (column == null || column.isBlank()) {
            return null;
        }
        try {
            return json.readValue(column, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + type.getTypeName() + " from JSON", e);
        }
    }
}
