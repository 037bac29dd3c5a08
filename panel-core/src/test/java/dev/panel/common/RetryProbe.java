package dev.panel.common;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A writing service for {@link TransactionRetryIT}: each call adds to two rows of {@code retry_probe} in the order
 * it is given and records itself in {@code retry_probe_write}, in one transaction, counting every try.
 */
@Singleton
@TransactionRetry
public class RetryProbe {

    private final JdbcOperations jdbc;
    private final AtomicInteger tries = new AtomicInteger();

    RetryProbe(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds {@code amount} to row {@code first}, runs {@code betweenLocks}, then adds it to row {@code second}. */
    @Transactional
    public void addInOrder(String writer, long first, long second, long amount, Runnable betweenLocks) {
        tries.incrementAndGet();
        add(first, amount);
        betweenLocks.run();
        add(second, amount);
        jdbc.prepareStatement("INSERT INTO retry_probe_write (writer) VALUES (?)", ps -> {
            ps.setString(1, writer);
            return ps.executeUpdate();
        });
    }

    /** The same, called from inside another transaction of this bean: the outer call is the one that retries. */
    @Transactional
    public void addInsideAnother(RetryProbe self, String writer, long first, long second, long amount, Runnable betweenLocks) {
        self.addInOrder(writer, first, second, amount, betweenLocks);
    }

    /** Updates a row with a one-second lock wait, so that a row another connection holds fails with error 1205. */
    @Transactional
    public void addWaitingBriefly(long row, long amount) {
        tries.incrementAndGet();
        jdbc.prepareStatement("SET SESSION innodb_lock_wait_timeout = 1", ps -> ps.executeUpdate());
        try {
            add(row, amount);
        } finally {
            jdbc.prepareStatement("SET SESSION innodb_lock_wait_timeout = DEFAULT", ps -> ps.executeUpdate());
        }
    }

    /** Inserts a writer with a fixed id twice: a duplicate key (1062) is no reason to try again. */
    @Transactional
    public void insertTwice(long id) {
        tries.incrementAndGet();
        for (int i = 0; i < 2; i++) {
            jdbc.prepareStatement("INSERT INTO retry_probe_write (id, writer) VALUES (?, 'twice')", ps -> {
                ps.setLong(1, id);
                return ps.executeUpdate();
            });
        }
    }

    public int tries() {
        return tries.get();
    }

    public void resetTries() {
        tries.set(0);
    }

    private void add(long row, long amount) {
        jdbc.prepareStatement("UPDATE retry_probe SET total = total + ? WHERE id = ?", ps -> {
            ps.setLong(1, amount);
            ps.setLong(2, row);
            return ps.executeUpdate();
        });
    }
}
