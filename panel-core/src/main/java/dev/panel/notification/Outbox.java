package dev.panel.notification;

import dev.panel.common.JsonColumn;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.Map;

/**
 * Writes notifications in the caller's transaction, so that a change and the news of it commit or roll back together.
 * A second write of the same (event, recipient) changes nothing: two instances noticing the same reminder, or a
 * retried request, still make one message.
 */
@Singleton
class Outbox {

    private final JdbcOperations jdbc;
    private final JsonColumn<Map<String, String>> facts;
    private final Clock clock;

    Outbox(JdbcOperations jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.facts = new JsonColumn<>(json, Argument.mapOf(String.class, String.class));
        this.clock = clock;
    }

    /** Whether the notice was new (false: that person had already been told of that event). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean add(Notice notice) {
        Timestamp now = Timestamp.from(clock.instant());
        int rows = jdbc.prepareStatement("INSERT INTO notification (event_key, recipient_id, kind, loop_id, interview_id, facts, status, "
                + "attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 'WAITING', 0, ?, ?) "
                + "ON DUPLICATE KEY UPDATE id = id", statement -> {
            statement.setString(1, notice.eventKey());
            statement.setLong(2, notice.recipientId());
            statement.setString(3, notice.kind().name());
            setNullable(statement, 4, notice.loopId());
            setNullable(statement, 5, notice.interviewId());
            statement.setString(6, facts.write(notice.facts()));
            statement.setTimestamp(7, now);
            statement.setTimestamp(8, now);
            return statement.executeUpdate();
        });
        return rows == 1;
    }

    private static void setNullable(java.sql.PreparedStatement statement, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
