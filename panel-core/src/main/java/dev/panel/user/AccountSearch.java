package dev.panel.user;

import dev.panel.common.SqlConditions;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.List;

/** Pages through the accounts, by name, for the People page and {@code GET /api/users}. */
@Singleton
class AccountSearch {

    private final JdbcOperations jdbc;

    AccountSearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<User> page(AccountFilter filter, int offset, int limit) {
        return where(filter).page(jdbc, "SELECT u.* FROM app_user u", "u.display_name, u.id", User.class, offset, limit);
    }

    long count(AccountFilter filter) {
        return where(filter).count(jdbc, "app_user u");
    }

    private static SqlConditions where(AccountFilter filter) {
        SqlConditions where = new SqlConditions();
        if (filter.text() != null && !filter.text().isBlank()) {
            where.contains("CONCAT(u.username, ' ', u.display_name, ' ', u.email)", filter.text());
        }
        if (filter.role() != null) {
            // Roles are one comma-separated column; no role's name is part of another's.
            where.add("u.roles LIKE ?", "%" + filter.role().name() + "%");
        }
        if (filter.active() != null) {
            where.add("u.enabled = ?", filter.active());
        }
        return where;
    }
}
