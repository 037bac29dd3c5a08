package dev.panel.ratings;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The WHERE clause of a rating query, holding only the filters that were given, with their values bound in
 * order. Written by hand because the optional-filter idiom {@code (? IS NULL OR col = ?)} does not run on H2,
 * which Panel uses when no database is configured.
 */
final class SqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Adds {@code condition} (with one {@code ?} per value) unless its single value is null. */
    SqlConditions when(Object value, String condition) {
        if (value != null) {
            add(condition, value);
        }
        return this;
    }

    SqlConditions add(String condition, Object... boundValues) {
        conditions.add(condition);
        values.addAll(List.of(boundValues));
        return this;
    }

    SqlConditions in(String column, Collection<Long> ids) {
        if (ids.isEmpty()) {
            conditions.add("1 = 0");
        } else {
            conditions.add(column + " IN (" + ids.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")");
            values.addAll(ids);
        }
        return this;
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the values from the first parameter on; returns the index of the next parameter. */
    int bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object value : values) {
            if (value instanceof Instant instant) {
                statement.setTimestamp(index++, Timestamp.from(instant));
            } else {
                statement.setObject(index++, value);
            }
        }
        return index;
    }
}
