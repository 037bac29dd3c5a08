package dev.panel.notification;

import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox gauges' one query, on MySQL/MariaDB and on H2: waiting rows only, and the oldest of them. */
@MicronautTest(startApplication = false, transactional = false)
class OutboxDepthIT implements DatabaseTest {

    /** Older than anything another test writes, so that it is the oldest waiting row whatever else is there. */
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

    @Inject
    LoopFixture fixture;
    @Inject
    NotificationRepository notifications;
    @Inject
    Clock clock;

    @Test
    void the_depth_counts_waiting_notifications_only_and_finds_when_the_oldest_was_written() {
        OutboxGauges.Depth before = notifications.depth();
        User reader = fixture.people(Role.INTERVIEWER).get(0);

        write(reader, NotificationStatus.WAITING, LONG_AGO);
        write(reader, NotificationStatus.WAITING, clock.instant());
        write(reader, NotificationStatus.SENT, LONG_AGO);
        write(reader, NotificationStatus.FAILED, LONG_AGO);
        OutboxGauges.Depth after = notifications.depth();

        assertThat(after.waiting() - before.waiting()).isEqualTo(2);
        assertThat(after.oldest()).isEqualTo(LONG_AGO);
    }

    private void write(User reader, NotificationStatus status, Instant createdAt) {
        // Not due for a month, so that no sender running in this context takes it meanwhile.
        notifications.save(new Notification(null, Names.unique("depth"), reader.id(), NotificationKind.REMINDER, null, null, Map.of(),
                status, 0, clock.instant().plus(Duration.ofDays(30)), null, null, createdAt, null));
    }
}
