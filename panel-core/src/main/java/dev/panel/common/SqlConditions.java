package dev.panel.common;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The WHERE clause of a search put together from the filters that are set, with its parameters in order,
 * so that an unused filter costs nothing and the same statement runs on MySQL and H2 (which does not run
 * the optional-filter idiom {@code (? IS NULL OR col = ?)}).
 */
public final class SqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds {@code condition} with its parameters; a condition holds one {@code ?} per parameter. */
    public SqlConditions add(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Adds {@code condition} (with one {@code ?}) unless its value is null. */
    public SqlConditions when(Object value, String condition) {
        return value == null ? this : add(condition, value);
    }

    /** {@code column} is one of the ids; no ids matches nothing. */
    public SqlConditions in(String column, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return add("1 = 0");
        }
        return add(column + " IN (" + ids.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")", ids.toArray());
    }

    /** {@code column} contains {@code text}, ignoring case; {@code %} and {@code _} in the text match themselves. */
    public SqlConditions contains(String column, String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return add("LOWER(" + column + ") LIKE ? ESCAPE '!'", "%" + escaped + "%");
    }

    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** One page of {@code type} rows: {@code select} (up to the table and its alias), these conditions, then the order. */
    public <T> List<T> page(JdbcOperations jdbc, String select, String orderBy, Class<T> type, int offset, int limit) {
        return jdbc.prepareStatement(select + where() + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?", statement -> {
            bind(statement, limit, offset);
            return jdbc.entityStream(statement.executeQuery(), type).toList();
        });
    }

    /** How many rows of {@code from} (a table and its alias) meet these conditions. */
    public long count(JdbcOperations jdbc, String from) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM " + from + where(), statement -> {
            bind(statement);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Binds the parameters, then {@code extra} (a page's limit and offset) after them; instants as timestamps. */
    public void bind(PreparedStatement statement, Object... extra) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            set(statement, index++, parameter);
        }
        for (Object parameter : extra) {
            set(statement, index++, parameter);
        }
    }

    private static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant));
        } else {
            statement.setObject(index, value);
        }
    }
}
