package dev.panel.common;

import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Scheduled work that a cluster must do once per round, not once per instance: every instance keeps its timer, and
 * each round first takes a named lock row in the database (ShedLock's JDBC provider, table {@code shedlock}). The
 * instance that gets it does the work; the others skip that round.
 *
 * <p>A lock is held at least {@code atLeast} even when the work ends sooner, so that instances whose timers fire a
 * little apart do not each run the same round one after another; and at most {@code atMost}, so that an instance
 * that dies holding it delays the work by that much and no longer. The lock's times are the JVMs' clocks (not the
 * application's {@link java.time.Clock}, which tests may stop), so the instances' clocks should agree to well
 * within {@code atLeast}, as NTP keeps them.
 */
@Singleton
public class SharedWork {

    private final LockingTaskExecutor locks;

    /** The pool itself, not Micronaut Data's contextual connection: the lock is taken and released outside any transaction. */
    SharedWork(DataSource dataSource, DataSourceResolver pools) {
        this.locks = new DefaultLockingTaskExecutor(new JdbcLockProvider(pools.resolve(dataSource)));
    }

    /** Runs {@code work} if no instance holds the lock {@code name}; whether it ran here. */
    public boolean runOnce(String name, Duration atMost, Duration atLeast, Runnable work) {
        LockConfiguration lock = new LockConfiguration(ClockProvider.now(), name, atMost, atLeast);
        try {
            return locks.executeWithLock(() -> {
                work.run();
                return null;
            }, lock).wasExecuted();
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable checked) {
            throw new IllegalStateException("Scheduled work '" + name + "' failed", checked);
        }
    }
}
