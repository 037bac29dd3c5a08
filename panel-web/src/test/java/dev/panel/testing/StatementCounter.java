package dev.panel.testing;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Counts the statements this JVM sends to MySQL or MariaDB, the driver's own ({@code SET autocommit}, {@code COMMIT})
 * included, but not the pool's liveness check: named in Connector/J's {@code queryInterceptors} option by tests that
 * hold a request to a statement budget.
 */
public final class StatementCounter implements QueryInterceptor {

    private static final AtomicLong SENT = new AtomicLong();

    public static long sent() {
        return SENT.get();
    }

    @Override
    public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query query) {
        String text = sql.get();
        // The pool's liveness check on a connection that has been idle is the pool's, not the request's.
        if (text == null || !text.strip().equalsIgnoreCase("SELECT 1")) {
            SENT.incrementAndGet();
        }
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return true;
    }

    @Override
    public void destroy() {
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query query, T result, ServerSession session) {
        return result;
    }
}
