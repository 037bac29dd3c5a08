package dev.panel.common.api;

import com.fasterxml.jackson.core.JacksonException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body that could not be read, said in terms of the request: which field, what was wrong with it. Serde's
 * own messages name Java types and Jackson's quote parser internals; neither belongs in an answer to a client.
 */
final class UnreadableBody {

    private static final Pattern CHOICES = Pattern.compile("Expected one of \\[([^]]*)] but was '([^']*)'");
    private static final Pattern JAVA_TYPE = Pattern.compile("value of type `([\\w.$]+)`");

    private UnreadableBody() {
    }

    private static final String UNREADABLE = "has a value Panel cannot read.";

    /** The sentence for a failure to read a body, if {@code error} is one. */
    static Optional<String> explain(Throwable error) {
        List<SerdeException> serde = new ArrayList<>();
        JacksonException syntax = null;
        for (Throwable cause = error; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof SerdeException found) {
                serde.add(found);
            }
            if (cause instanceof JacksonException found && syntax == null) {
                syntax = found;
            }
        }
        Optional<String> field = fieldPath(serde);
        if (field.isPresent()) {
            // The innermost exception says what was wrong; the outer ones only add where.
            List<SerdeException> innermostFirst = new ArrayList<>(serde);
            Collections.reverse(innermostFirst);
            String problem = innermostFirst.stream().map(e -> problem(e.getMessage())).filter(p -> !p.equals(UNREADABLE))
                    .findFirst().orElse(UNREADABLE);
            return Optional.of("The field '" + field.get() + "' " + problem);
        }
        if (syntax != null && syntax.getLocation() != null) {
            return Optional.of("The request body is not valid JSON (line " + syntax.getLocation().getLineNr()
                    + ", column " + syntax.getLocation().getColumnNr() + ").");
        }
        if (!serde.isEmpty() || syntax != null) {
            return Optional.of("The request body is not valid JSON of the expected shape.");
        }
        return Optional.empty();
    }

    /** Where in the body reading failed, as a client writes it ({@code questions[0].kind}), if it failed inside the body. */
    static Optional<String> fieldPath(Throwable error) {
        List<SerdeException> serde = new ArrayList<>();
        for (Throwable cause = error; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof SerdeException found) {
                serde.add(found);
            }
        }
        return fieldPath(serde);
    }

    /** Each exception carries the path from where it was raised outward; the longest is the whole path. */
    private static Optional<String> fieldPath(List<SerdeException> chain) {
        return chain.stream().filter(e -> !e.getPath().isEmpty()).max(Comparator.comparingInt(e -> e.getPath().size()))
                .map(UnreadableBody::path);
    }

    /** Serde lists the path innermost first ({@code level, [0], levels}); a client reads it outermost first. */
    private static String path(SerdeException error) {
        List<ReferencePath> steps = new ArrayList<>(error.getPath());
        Collections.reverse(steps);
        StringBuilder path = new StringBuilder();
        for (ReferencePath step : steps) {
            if (step instanceof PropertyReferencePath property) {
                path.append(path.isEmpty() ? "" : ".").append(property.property().getName());
            } else if (step instanceof CollectionItemReferencePath item) {
                path.append("[").append(item.index()).append("]");
            } else if (step instanceof MapItemReferencePath entry) {
                path.append("[").append(entry.key()).append("]");
            }
        }
        return path.toString();
    }

    private static String problem(String message) {
        String text = message == null ? "" : message;
        Matcher choices = CHOICES.matcher(text);
        if (choices.find()) {
            return "must be one of " + choices.group(1) + ", not '" + choices.group(2) + "'.";
        }
        if (text.contains("coerce string to integer") || text.contains("coerce string to") && text.contains("number")) {
            return "must be a number.";
        }
        Matcher type = JAVA_TYPE.matcher(text);
        if (type.find()) {
            String simple = type.group(1).substring(type.group(1).lastIndexOf('.') + 1);
            return "must be " + switch (simple) {
                case "String" -> "a text.";
                case "long", "Long", "int", "Integer" -> "a whole number.";
                case "boolean", "Boolean" -> "true or false.";
                case "List", "Set" -> "a list.";
                default -> "of another shape.";
            };
        }
        return UNREADABLE;
    }
}
