package dev.panel.common;

import dev.panel.testing.DatabaseTest;
import dev.panel.testing.TestDatabase;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one retry wrapper on the real database: a real deadlock between two transactions that lock two rows in
 * opposite order, a lock wait that times out every time, and an error that trying again cannot cure. MariaDB and
 * MySQL only (H2 reports its deadlocks differently and Galera is never in front of it).
 */
@MicronautTest(startApplication = false, transactional = false)
class TransactionRetryIT implements DatabaseTest {

    @Inject
    RetryProbe probe;
    @Inject
    DataSource dataSource;

    @BeforeAll
    void createProbeTables() throws SQLException {
        assumeTrue(TestDatabase.isMySql(), "needs MariaDB or MySQL");
        sql("CREATE TABLE IF NOT EXISTS retry_probe (id BIGINT PRIMARY KEY, total BIGINT NOT NULL) ENGINE = InnoDB",
                "CREATE TABLE IF NOT EXISTS retry_probe_write (id BIGINT AUTO_INCREMENT PRIMARY KEY, writer VARCHAR(40) NOT NULL) ENGINE = InnoDB");
    }

    @AfterAll
    void dropProbeTables() throws SQLException {
        if (TestDatabase.isMySql()) {
            sql("DROP TABLE IF EXISTS retry_probe", "DROP TABLE IF EXISTS retry_probe_write");
        }
    }

    @BeforeEach
    void emptyProbeTables() throws SQLException {
        sql("DELETE FROM retry_probe", "DELETE FROM retry_probe_write", "INSERT INTO retry_probe (id, total) VALUES (1, 0), (2, 0)");
        probe.resetTries();
    }

    @Test
    void the_loser_of_a_real_deadlock_is_run_again_and_both_writes_land_once() throws Exception {
        // Each holds its first row when both reach the barrier, then asks for the other's: InnoDB picks a victim.
        CyclicBarrier bothHoldOneRow = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = two.submit(() -> probe.addInOrder("a", 1, 2, 10, onFirstTry(bothHoldOneRow)));
            Future<?> b = two.submit(() -> probe.addInOrder("b", 2, 1, 100, onFirstTry(bothHoldOneRow)));
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);
        } finally {
            two.shutdownNow();
        }
        assertThat(probe.tries()).as("two calls, the deadlock's victim tried twice").isEqualTo(3);
        assertThat(totals()).containsExactly(110L, 110L);
        assertThat(writers()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void inside_an_open_transaction_the_inner_call_leaves_the_retry_to_the_outermost() throws Exception {
        CyclicBarrier bothHoldOneRow = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = two.submit(() -> probe.addInsideAnother(probe, "a", 1, 2, 10, onFirstTry(bothHoldOneRow)));
            Future<?> b = two.submit(() -> probe.addInsideAnother(probe, "b", 2, 1, 100, onFirstTry(bothHoldOneRow)));
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);
        } finally {
            two.shutdownNow();
        }
        // Had the inner call retried too, the victim would have run its inner part again in a rolled-back transaction.
        assertThat(probe.tries()).isEqualTo(3);
        assertThat(totals()).containsExactly(110L, 110L);
        assertThat(writers()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void a_lock_wait_that_keeps_timing_out_is_tried_three_times_then_refused_in_words() throws Exception {
        try (Connection holder = raw()) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.executeUpdate("UPDATE retry_probe SET total = total + 1 WHERE id = 1");
            }
            assertThatThrownBy(() -> probe.addWaitingBriefly(1, 5))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("refused this one 3 times; nothing was saved");
            holder.rollback();
        }
        assertThat(probe.tries()).isEqualTo(3);
        assertThat(totals()).containsExactly(0L, 0L);
    }

    @Test
    void an_error_that_trying_again_cannot_cure_is_not_retried() {
        assertThatThrownBy(() -> probe.insertTwice(42)).isInstanceOf(DataAccessException.class)
                .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
        assertThat(probe.tries()).isEqualTo(1);
        assertThat(writers()).isEmpty();
    }

    /** Waits at the barrier on the first try only: a retried try must not wait for a partner that has finished. */
    private static Runnable onFirstTry(CyclicBarrier barrier) {
        AtomicBoolean first = new AtomicBoolean(true);
        return () -> {
            if (first.getAndSet(false)) {
                try {
                    barrier.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other transaction never took its first row", e);
                }
            }
        };
    }

    private List<Long> totals() {
        return query("SELECT total FROM retry_probe ORDER BY id", rs -> rs.getLong(1));
    }

    private List<String> writers() {
        return query("SELECT writer FROM retry_probe_write", rs -> rs.getString(1));
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Column<T> column) {
        try (Connection c = raw(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<T> values = new ArrayList<>();
            while (rs.next()) {
                values.add(column.read(rs));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = raw(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    private Connection raw() throws SQLException {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }
}
