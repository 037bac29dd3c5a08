package dev.panel.common;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;

/**
 * Keeps a value as JSON text in one column, for values only ever read and written whole (a rubric's
 * levels, a plan's stages, a scorecard's notes). Each feature declares a small subclass for its type,
 * because Micronaut Data names converters by class.
 */
public abstract class JsonAttributeConverter<T> implements AttributeConverter<T, String> {

    private final JsonColumn<T> column;
    private final T empty;

    /** {@code empty} stands for a missing value in both directions (an empty list, or null). */
    protected JsonAttributeConverter(JsonMapper json, Argument<T> type, T empty) {
        this.column = new JsonColumn<>(json, type);
        this.empty = empty;
    }

    @Override
    public String convertToPersistedValue(T value, ConversionContext context) {
        return column.write(value == null ? empty : value);
    }

    @Override
    public T convertToEntityValue(String value, ConversionContext context) {
        T read = column.read(value);
        return read == null ? empty : read;
    }
}
