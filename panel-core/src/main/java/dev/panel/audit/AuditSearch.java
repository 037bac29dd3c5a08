package dev.panel.audit;

import dev.panel.common.SqlConditions;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.List;

/** Pages through the audit log, newest first, by any combination of the filters. */
@Singleton
class AuditSearch {

    private final JdbcOperations jdbc;

    AuditSearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEvent> page(AuditFilter filter, int offset, int limit) {
        return where(filter).page(jdbc, "SELECT e.* FROM audit_event e", "e.id DESC", AuditEvent.class, offset, limit);
    }

    long count(AuditFilter filter) {
        return where(filter).count(jdbc, "audit_event e");
    }

    private static SqlConditions where(AuditFilter filter) {
        SqlConditions where = new SqlConditions();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add("e.actor = ?", filter.actor().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.add("e.action = ?", filter.action().strip());
        }
        if (filter.from() != null) {
            where.add("e.occurred_at >= ?", java.sql.Timestamp.from(filter.from()));
        }
        if (filter.until() != null) {
            where.add("e.occurred_at < ?", java.sql.Timestamp.from(filter.until()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String column = "CONCAT(COALESCE(e.subject, ''), ' ', COALESCE(e.detail, ''), ' ', COALESCE(e.request_id, ''))";
            where.contains(column, filter.text());
        }
        return where;
    }
}
