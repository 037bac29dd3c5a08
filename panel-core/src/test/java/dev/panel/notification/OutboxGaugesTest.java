package dev.panel.notification;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxGaugesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final AtomicInteger queries = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private OutboxGauges.Depth answer = new OutboxGauges.Depth(3, NOW.minusSeconds(90));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private OutboxGauges gauges() {
        OutboxGauges gauges = new OutboxGauges(() -> {
            queries.incrementAndGet();
            if (answer == null) {
                throw new IllegalStateException("database away");
            }
            return answer;
        }, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(5), nanos::get);
        gauges.bindTo(registry);
        return gauges;
    }

    private double waiting() {
        return registry.get("panel.outbox.waiting").gauge().value();
    }

    private double age() {
        return registry.get("panel.outbox.oldest.age").gauge().value();
    }

    @Test
    void both_gauges_come_from_one_query_that_is_asked_again_only_after_the_refresh_interval() {
        gauges();

        assertThat(waiting()).isEqualTo(3);
        assertThat(age()).isEqualTo(90);
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(waiting()).isEqualTo(3);
        assertThat(queries).hasValue(1);

        answer = new OutboxGauges.Depth(7, NOW.minusSeconds(10));
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(waiting()).isEqualTo(7);
        assertThat(age()).isEqualTo(10);
        assertThat(queries).hasValue(2);
    }

    @Test
    void an_empty_outbox_has_waited_no_time() {
        answer = new OutboxGauges.Depth(0, null);
        gauges();

        assertThat(waiting()).isZero();
        assertThat(age()).isZero();
    }

    @Test
    void while_the_database_is_away_the_gauges_say_nan_and_the_query_is_not_repeated_within_the_interval() {
        answer = null;
        gauges();

        assertThat(waiting()).isNaN();
        assertThat(age()).isNaN();
        assertThat(queries).hasValue(1);
    }
}
