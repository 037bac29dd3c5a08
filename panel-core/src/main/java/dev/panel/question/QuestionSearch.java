package dev.panel.question;

import dev.panel.common.SqlConditions;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Finds questions by any combination of role, competency, kind, level and text, one page at a time.
 */
@Singleton
class QuestionSearch {

    private final JdbcOperations jdbc;

    QuestionSearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Question> page(QuestionFilter filter, int offset, int limit) {
        SqlConditions where = where(filter);
        String sql = "SELECT q.* FROM question q" + where.where() + " ORDER BY q.id LIMIT ? OFFSET ?";
        return jdbc.prepareStatement(sql, statement -> {
            where.bind(statement, limit, offset);
            return jdbc.entityStream(statement.executeQuery(), Question.class).toList();
        });
    }

    long count(QuestionFilter filter) {
        SqlConditions where = where(filter);
        return jdbc.prepareStatement("SELECT COUNT(*) FROM question q" + where.where(), statement -> {
            where.bind(statement);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static SqlConditions where(QuestionFilter filter) {
        SqlConditions where = new SqlConditions();
        if (filter.roleId() != null) {
            where.add("EXISTS (SELECT 1 FROM question_role qr WHERE qr.question_id = q.id AND qr.role_id = ?)", filter.roleId());
        }
        if (filter.competencyId() != null) {
            where.add("EXISTS (SELECT 1 FROM question_competency qc WHERE qc.question_id = q.id AND qc.competency_id = ?)", filter.competencyId());
        }
        if (filter.kind() != null) {
            where.add("q.kind = ?", filter.kind().name());
        }
        if (filter.level() != null) {
            where.add("q.level = ?", filter.level().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.contains("q.text", filter.text());
        }
        return where;
    }
}
