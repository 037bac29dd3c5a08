package dev.panel.common;

import java.util.List;
import java.util.Objects;

/** Checks on text a person typed, each failing with a sentence that names the field. */
public final class Texts {

    private Texts() {
    }

    public static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field + " is required.");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field + " can be at most " + maxLength + " characters (it has " + trimmed.length() + ").");
        }
        return trimmed;
    }

    public static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return required(value, field, maxLength);
    }

    /** The non-blank entries, trimmed; each at most {@code maxLength}. */
    public static List<String> list(List<String> values, String field, int maxLength) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank())
                .map(v -> required(v, field, maxLength)).toList();
    }
}
