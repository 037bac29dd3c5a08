package dev.panel.user;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins per client, across all accounts: past {@code panel.security.client-failure-limit} (20 unless
 * configured) within {@code panel.security.client-failure-window} (15 minutes), the client's further attempts are
 * refused without counting against the accounts they name. So one client can lock at most a few accounts (each needs
 * {@link LoginThrottle#FREE_ATTEMPTS} failures) before it is stopped itself, while people behind one office address
 * who mistype now and then are not. The count is a database row, shared by every Panel instance.
 * A client is the SHA-256 of its address, so the table holds no addresses.
 */
@Singleton
class ClientThrottle {

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final int limit;
    private final Duration window;

    ClientThrottle(JdbcOperations jdbc, Clock clock,
                   @Value("${panel.security.client-failure-limit:20}") int limit,
                   @Value("${panel.security.client-failure-window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /** Whether the client has used up its failures for the current window. Call inside a transaction. */
    boolean isBlocked(String client) {
        if (client == null) {
            return false;
        }
        Timestamp windowOpen = Timestamp.from(clock.instant().minus(window));
        return jdbc.prepareStatement("SELECT failures FROM sign_in_client WHERE client_key = ? AND window_started_at > ?", statement -> {
            statement.setString(1, key(client));
            statement.setTimestamp(2, windowOpen);
            try (var rows = statement.executeQuery()) {
                return rows.next() && rows.getInt(1) >= limit;
            }
        });
    }

    /** Counts one failure of the client, opening a new window when the last one has closed. Call inside a transaction. */
    void failed(String client) {
        if (client == null) {
            return;
        }
        Instant now = clock.instant();
        // failures is assigned first: MySQL evaluates the assignments in order, so it still sees the old window.
        jdbc.prepareStatement("INSERT INTO sign_in_client (client_key, window_started_at, failures) VALUES (?, ?, 1) "
                + "ON DUPLICATE KEY UPDATE "
                + "failures = CASE WHEN window_started_at > ? THEN failures + 1 ELSE 1 END, "
                + "window_started_at = CASE WHEN window_started_at > ? THEN window_started_at ELSE ? END", statement -> {
            Timestamp windowOpen = Timestamp.from(now.minus(window));
            statement.setString(1, key(client));
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setTimestamp(3, windowOpen);
            statement.setTimestamp(4, windowOpen);
            statement.setTimestamp(5, Timestamp.from(now));
            return statement.executeUpdate();
        });
    }

    private static String key(String client) {
        return SecretTokens.sha256("sign-in-client:" + client);
    }
}
