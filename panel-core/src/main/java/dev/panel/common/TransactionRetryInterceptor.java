package dev.panel.common;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one place that retries refused transactions (see {@link TransactionRetry}). It runs in Micronaut's RETRY
 * phase, outside the TRANSACTION phase of {@code @Transactional}, so every try is a whole new transaction.
 * <p>
 * Written here rather than with Micronaut's {@code @Retryable}, whose order is the same: its predicate is made
 * by reflection and so cannot ask the transaction manager whether a transaction is already open, and only the
 * outermost call may retry (an inner one would re-run its part inside a transaction the database has already
 * rolled back). When the tries are used up the caller gets a {@link ConflictException} a person can act on.
 */
@Singleton
@InterceptorBean(TransactionRetry.class)
class TransactionRetryInterceptor implements MethodInterceptor<Object, Object> {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionRetryInterceptor.class);

    /** 1213 deadlock or Galera certification failure, 1205 lock wait timeout, 1047 WSREP not ready. */
    static final Set<Integer> RETRYABLE_ERRORS = Set.of(1213, 1205, 1047);

    private final TransactionOperations<Connection> transactions;
    private final int tries;
    private final long backOffMillis;

    TransactionRetryInterceptor(TransactionOperations<Connection> transactions,
                                @Value("${panel.transactions.tries:3}") int tries,
                                @Value("${panel.transactions.back-off-millis:20}") long backOffMillis) {
        this.transactions = transactions;
        this.tries = Math.max(1, tries);
        this.backOffMillis = Math.max(0, backOffMillis);
    }

    @Override
    public int getOrder() {
        return InterceptPhase.RETRY.getPosition();
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (transactions.findTransactionStatus().isPresent()) {
            return context.proceed(); // inside a caller's transaction: the outermost call retries
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed(this); // from the next interceptor on, each time: a plain proceed() moves on past them
            } catch (RuntimeException e) {
                Integer code = retryableError(e);
                if (code == null) {
                    throw e;
                }
                if (attempt >= tries) {
                    LOG.warn("{} refused by the database (error {}) {} times; giving up", context.getExecutableMethod(), code, tries, e);
                    throw new ConflictException("The database was busy with other changes and refused this one " + tries
                            + " times; nothing was saved. Please try again.");
                }
                LOG.debug("{} refused by the database (error {}), try {} of {}", context.getExecutableMethod(), code, attempt, tries);
                pause(attempt);
            }
        }
    }

    /** The MySQL error code that makes {@code e} worth another try, found anywhere in its causes; else null. */
    static Integer retryableError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (RETRYABLE_ERRORS.contains(s.getErrorCode())) {
                        return s.getErrorCode();
                    }
                }
            }
        }
        return null;
    }

    /** A short back-off that grows with each try, jittered so that two transactions that collided do not collide again. */
    private void pause(int attempt) {
        long ceiling = backOffMillis * attempt;
        if (ceiling == 0) {
            return;
        }
        try {
            Thread.sleep(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ConflictException("Interrupted while waiting to try a refused change again; nothing was saved.");
        }
    }
}
