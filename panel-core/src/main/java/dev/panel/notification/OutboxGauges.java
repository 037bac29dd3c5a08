package dev.panel.notification;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The outbox as metrics: how many notifications wait to be sent, and how long the oldest of them has waited. Both
 * come from one query, read at most once per refresh interval however often and however many scrapers ask, so a
 * scrape never hammers the database; while the database does not answer both are NaN (and the failure is not asked
 * again before the interval is over). Each instance reads the same shared table, so any one of them tells the truth.
 */
@Singleton
class OutboxGauges implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxGauges.class);
    private static final String THE_OUTBOX = "outbox";

    /** One read of the outbox: the waiting rows and the creation time of the oldest, null when none waits. */
    @Introspected
    record Depth(long waiting, @Nullable Instant oldest) {
    }

    private final Clock clock;
    /** One entry, the last reading (empty while the database does not answer); scrapes that ask at once wait for one query. */
    private final LoadingCache<String, Optional<Depth>> last;

    /**
     * The repository is looked up at the first scrape, not at start: the meter registry binds this gauge while it is
     * made, and the data source it would need is itself made with that registry (for the pool's metrics).
     */
    @Inject
    OutboxGauges(BeanProvider<NotificationRepository> notifications, Clock clock,
                 @Value("${panel.metrics.outbox-refresh:5s}") Duration refresh) {
        this(() -> notifications.get().depth(), clock, refresh, System::nanoTime);
    }

    OutboxGauges(Supplier<Depth> read, Clock clock, Duration refresh, LongSupplier nanos) {
        this.clock = clock;
        this.last = Caffeine.newBuilder().expireAfterWrite(refresh).ticker(nanos::getAsLong).build(outbox -> {
            try {
                return Optional.of(read.get());
            } catch (RuntimeException unreachable) {
                LOG.debug("Could not read the outbox's depth: {}", unreachable.toString());
                return Optional.empty();
            }
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("panel.outbox.waiting", this, OutboxGauges::waiting)
                .description("Notifications waiting in the outbox to be sent or tried again")
                .register(registry);
        Gauge.builder("panel.outbox.oldest.age", this, OutboxGauges::oldestAgeSeconds)
                .description("How long the oldest waiting notification has waited; 0 when none waits")
                .baseUnit("seconds")
                .register(registry);
    }

    double waiting() {
        Depth depth = current();
        return depth == null ? Double.NaN : depth.waiting();
    }

    double oldestAgeSeconds() {
        Depth depth = current();
        if (depth == null) {
            return Double.NaN;
        }
        if (depth.oldest() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(depth.oldest(), clock.instant()).toMillis() / 1000.0);
    }

    /** The last reading while it is fresh, else a new one; null while the database does not answer. */
    private Depth current() {
        return last.get(THE_OUTBOX).orElse(null);
    }
}
