package dev.panel.notification;

import dev.panel.common.TransactionRetry;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who delivers which waiting notification, when several Panel instances send from one database. A claim moves the
 * row's next attempt a lease ahead and names the claimant; only the claimant may then mark it sent or failed. On
 * MySQL and MariaDB the due rows are read {@code FOR UPDATE SKIP LOCKED}, so instances claiming at once take
 * different rows without waiting for each other; H2 has no SKIP LOCKED, so there each row is claimed by an update
 * that only succeeds while the row is still due. A claimant that dies leaves its rows to be taken again when the
 * lease ends.
 */
@Singleton
@TransactionRetry
class OutboxClaims {

    /** Long enough for a slow SMTP server to answer a batch; after it, another instance may take the row. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final JdbcOperations jdbc;
    private volatile Boolean skipLocked;

    OutboxClaims(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims up to {@code limit} due rows for {@code claimant}; their ids. */
    @Transactional
    List<Long> claim(String claimant, Instant now, int limit) {
        List<Long> due = jdbc.prepareStatement("SELECT id FROM notification WHERE status = 'WAITING' AND next_attempt_at <= ? "
                + "ORDER BY next_attempt_at, id LIMIT ?" + (supportsSkipLocked() ? " FOR UPDATE SKIP LOCKED" : ""), statement -> {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setInt(2, limit);
            List<Long> ids = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
        List<Long> claimed = new ArrayList<>();
        for (long id : due) {
            int rows = jdbc.prepareStatement("UPDATE notification SET claimed_by = ?, next_attempt_at = ? "
                    + "WHERE id = ? AND status = 'WAITING' AND next_attempt_at <= ?", statement -> {
                statement.setString(1, claimant);
                statement.setTimestamp(2, Timestamp.from(now.plus(LEASE)));
                statement.setLong(3, id);
                statement.setTimestamp(4, Timestamp.from(now));
                return statement.executeUpdate();
            });
            if (rows == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    /** Marks a claimed row sent, and wipes a link's secret from its facts: the mail was the only place it had to go. */
    @Transactional
    boolean sent(long id, String claimant, Instant now, String factsWithoutSecrets) {
        return jdbc.prepareStatement("UPDATE notification SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL, "
                + "facts = COALESCE(?, facts) WHERE id = ? AND claimed_by = ? AND status = 'WAITING'", statement -> {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setString(2, factsWithoutSecrets);
            statement.setLong(3, id);
            statement.setString(4, claimant);
            return statement.executeUpdate();
        }) == 1;
    }

    /** Sets a claimed row to be tried again at {@code retryAt}, or, with {@code retryAt} null, gives up on it. */
    @Transactional
    void failed(long id, String claimant, String reason, Instant retryAt) {
        jdbc.prepareStatement("UPDATE notification SET attempts = attempts + 1, last_error = ?, claimed_by = NULL, "
                + "status = ?, next_attempt_at = COALESCE(?, next_attempt_at) WHERE id = ? AND claimed_by = ? AND status = 'WAITING'",
                statement -> {
                    statement.setString(1, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
                    statement.setString(2, retryAt == null ? NotificationStatus.FAILED.name() : NotificationStatus.WAITING.name());
                    statement.setTimestamp(3, retryAt == null ? null : Timestamp.from(retryAt));
                    statement.setLong(4, id);
                    statement.setString(5, claimant);
                    return statement.executeUpdate();
                });
    }

    /** Gives a claimed row back, to be tried at {@code retryAt} without counting an attempt, saying why it waits. */
    @Transactional
    void release(long id, String claimant, Instant retryAt, String reason) {
        jdbc.prepareStatement("UPDATE notification SET claimed_by = NULL, next_attempt_at = ?, last_error = ? WHERE id = ? "
                + "AND claimed_by = ? AND status = 'WAITING'", statement -> {
            statement.setTimestamp(1, Timestamp.from(retryAt));
            statement.setString(2, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
            statement.setLong(3, id);
            statement.setString(4, claimant);
            return statement.executeUpdate();
        });
    }

    private boolean supportsSkipLocked() {
        Boolean known = skipLocked;
        if (known == null) {
            known = jdbc.execute((Connection connection) -> isMySqlFamily(connection));
            skipLocked = known;
        }
        return known;
    }

    private static boolean isMySqlFamily(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }
}
