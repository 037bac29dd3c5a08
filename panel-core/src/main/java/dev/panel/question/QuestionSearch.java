package dev.panel.question;

import dev.panel.common.SqlConditions;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return where(filter).page(jdbc, "SELECT q.* FROM question q", "q.id", Question.class, offset, limit);
    }

    long count(QuestionFilter filter) {
        return where(filter).count(jdbc, "question q");
    }

    /** The id and text of every question of the bank, for duplicate checks. */
    Map<Long, String> allTexts() {
        return jdbc.prepareStatement("SELECT id, text FROM question ORDER BY id", statement -> {
            Map<Long, String> texts = new LinkedHashMap<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    texts.put(rows.getLong(1), rows.getString(2));
                }
            }
            return texts;
        });
    }

    /** The text and signal of every bank question, by each competency it gives evidence for. */
    Map<Long, List<String>> textsByCompetency() {
        String sql = "SELECT qc.competency_id, q.text, q.signal_text FROM question q JOIN question_competency qc ON qc.question_id = q.id";
        return jdbc.prepareStatement(sql, statement -> {
            Map<Long, List<String>> texts = new LinkedHashMap<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    texts.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2) + " " + rows.getString(3));
                }
            }
            return texts;
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
        if (filter.anyOfCompetencyIds() != null) {
            if (filter.anyOfCompetencyIds().isEmpty()) {
                // Evidence for none of no competencies: nothing matches, as a stage without a focus has no questions to offer.
                where.add("1 = 0");
            } else {
                where.add("EXISTS (SELECT 1 FROM question_competency qc WHERE qc.question_id = q.id AND qc.competency_id IN ("
                        + String.join(", ", Collections.nCopies(filter.anyOfCompetencyIds().size(), "?")) + "))",
                        filter.anyOfCompetencyIds().stream().sorted().toArray());
            }
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
