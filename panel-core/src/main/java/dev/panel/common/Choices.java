package dev.panel.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads a choice (an enum constant) that a person or a program named, refusing an unknown name with the known ones. */
public final class Choices {

    private Choices() {
    }

    /** The constant of that name in any case, or null for a blank name; {@code field} is what the refusal calls it. */
    public static <E extends Enum<E>> E named(Class<E> type, String field, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidInputException("'" + field + "' is one of " + known + "; '" + name + "' is not.");
        }
    }
}
