package dev.panel.app;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Part of {@code /health/readiness}: the database answers, and no migration has failed. (Flyway migrates while the
 * context starts, before the web server opens its port, so an instance that answers at all has run them; a failed
 * one is a row in Flyway's history.) With the shutdown indicator, readiness is what a load balancer checks; the
 * process alone is {@code /health/liveness}.
 */
@Singleton
@Readiness
final class DatabaseReadiness implements HealthIndicator {

    private static final int ANSWER_WITHIN_SECONDS = 2;

    private final DataSource pool;

    DatabaseReadiness(DataSource dataSource, DataSourceResolver pools) {
        this.pool = pools.resolve(dataSource);
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("database", check()).build());
    }

    private HealthStatus check() {
        try (Connection connection = pool.getConnection()) {
            if (!connection.isValid(ANSWER_WITHIN_SECONDS)) {
                return HealthStatus.DOWN;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet failed = statement.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE")) {
                return failed.next() && failed.getLong(1) == 0 ? HealthStatus.UP : HealthStatus.DOWN;
            }
        } catch (SQLException unreachable) {
            return HealthStatus.DOWN;
        }
    }
}
