package dev.panel.question;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * Finds questions by any combination of role, competency, kind, level and text, one page at a time.
 * The SQL is put together from the filters that are set, so that no filter costs anything when unused
 * and the same statement runs on MySQL and H2.
 */
@Singleton
class QuestionSearch {

    private final JdbcOperations jdbc;

    QuestionSearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Question> page(QuestionFilter filter, int offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT q.* FROM question q" + where(filter, parameters) + " ORDER BY q.id LIMIT ? OFFSET ?";
        parameters.add(limit);
        parameters.add(offset);
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            return jdbc.entityStream(statement.executeQuery(), Question.class).toList();
        });
    }

    long count(QuestionFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM question q" + where(filter, parameters);
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
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

    private static String where(QuestionFilter filter, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.roleId() != null) {
            conditions.add("EXISTS (SELECT 1 FROM question_role qr WHERE qr.question_id = q.id AND qr.role_id = ?)");
            parameters.add(filter.roleId());
        }
        if (filter.competencyId() != null) {
            conditions.add("EXISTS (SELECT 1 FROM question_competency qc WHERE qc.question_id = q.id AND qc.competency_id = ?)");
            parameters.add(filter.competencyId());
        }
        if (filter.anyOfCompetencyIds() != null) {
            if (filter.anyOfCompetencyIds().isEmpty()) {
                // Evidence for none of no competencies: nothing matches, as a stage without a focus has no questions to offer.
                conditions.add("1 = 0");
            } else {
                conditions.add("EXISTS (SELECT 1 FROM question_competency qc WHERE qc.question_id = q.id AND qc.competency_id IN ("
                        + String.join(", ", Collections.nCopies(filter.anyOfCompetencyIds().size(), "?")) + "))");
                parameters.addAll(filter.anyOfCompetencyIds().stream().sorted().toList());
            }
        }
        if (filter.kind() != null) {
            conditions.add("q.kind = ?");
            parameters.add(filter.kind().name());
        }
        if (filter.level() != null) {
            conditions.add("q.level = ?");
            parameters.add(filter.level().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("LOWER(q.text) LIKE ? ESCAPE '!'");
            parameters.add("%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
