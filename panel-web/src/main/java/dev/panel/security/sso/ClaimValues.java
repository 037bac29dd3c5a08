package dev.panel.security.sso;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The values of a claim named by a dotted path ({@code groups}, {@code realm_access.roles}): a list of strings, or a
 * single string of values separated by spaces or commas, as providers variously send them. Anything else is no value.
 */
final class ClaimValues {

    private ClaimValues() {
    }

    static List<String> at(Map<String, Object> claims, String path) {
        if (path == null || path.isBlank()) {
            return List.of();
        }
        Object node = claims.containsKey(path) ? claims.get(path) : walk(claims, path.split("\\."));
        List<String> values = new ArrayList<>();
        if (node instanceof Collection<?> many) {
            for (Object value : many) {
                if (value instanceof String text && !text.isBlank()) {
                    values.add(text.strip());
                }
            }
        } else if (node instanceof String text) {
            for (String value : text.split("[\\s,]+")) {
                if (!value.isBlank()) {
                    values.add(value);
                }
            }
        }
        return List.copyOf(values);
    }

    /** A claim with a dot in its own name is taken whole; otherwise each part of the path is one level down. */
    private static Object walk(Map<String, Object> claims, String[] steps) {
        Object node = claims;
        for (String step : steps) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(step);
        }
        return node;
    }
}
