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
import java.sql.SQLException;

/**
 * Part of {@code /health/readiness}: the database answers. (Migrations need no check of their own: Flyway runs them
 * while the context starts, before the web server opens its port, and a failed one stops the start, so an instance
 * that answers at all has run them.) With the shutdown indicator, readiness is what a load balancer checks, every
 * second: one pooled connection's validity check. The process alone is {@code /health/liveness}.
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
            return connection.isValid(ANSWER_WITHIN_SECONDS) ? HealthStatus.UP : HealthStatus.DOWN;
        } catch (SQLException unreachable) {
            return HealthStatus.DOWN;
        }
    }
}
