package dev.panel.common;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The WHERE clause of a search put together from the filters that are set, with its parameters in order,
 * so that an unused filter costs nothing and the same statement runs on MySQL and H2.
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

    /** {@code column} contains {@code text}, ignoring case; {@code %} and {@code _} in the text match themselves. */
    public SqlConditions contains(String column, String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return add("LOWER(" + column + ") LIKE ? ESCAPE '!'", "%" + escaped + "%");
    }

    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the parameters, then {@code extra} (a page's limit and offset) after them. */
    public void bind(PreparedStatement statement, Object... extra) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        for (Object parameter : extra) {
            statement.setObject(index++, parameter);
        }
    }
}
