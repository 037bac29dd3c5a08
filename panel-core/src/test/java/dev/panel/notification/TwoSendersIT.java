package dev.panel.notification;

import dev.panel.loop.OpenLoop;
import dev.panel.testing.MailTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.MailServer;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two senders, as two Panel instances would run them, claiming from one database at the same moment: each message
 * reaches its reader exactly once (on MariaDB and MySQL through SKIP LOCKED, on H2 through conditional claims).
 */
@MicronautTest(startApplication = false, transactional = false)
class TwoSendersIT implements MailTest {

    private static final MailServer MAIL = new MailServer();

    @Inject
    LoopFixture fixture;
    @Inject
    OutboxSender first;
    @Inject
    OutboxClaims claims;
    @Inject
    NotificationRepository notifications;
    @Inject
    UserService users;
    @Inject
    Letters letters;
    @Inject
    MailDelivery delivery;
    @Inject
    Clock clock;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> mailSettings() {
        return MAIL.properties();
    }

    @AfterAll
    void stopMail() {
        MAIL.stop();
    }

    @Test
    void two_instances_sending_at_once_deliver_each_message_once() throws Exception {
        first.deliverDue();
        List<User> panel = new ArrayList<>();
        for (int loop = 0; loop < 25; loop++) {
            List<User> pair = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER);
            panel.addAll(pair);
            fixture.open(List.of(new OpenLoop.Assignment(0, clock.instant().plus(Duration.ofDays(7)), pair.stream().map(User::id).toList())));
        }
        OutboxSender second = new OutboxSender(claims, notifications, users, letters, delivery, clock, json);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (OutboxSender sender : List.of(first, second)) {
                sent.add(two.submit(() -> {
                    go.await();
                    return sender.deliverDue();
                }));
            }
            go.countDown();
            int total = sent.get(0).get() + sent.get(1).get();
            assertThat(total).isEqualTo(panel.size());
        } finally {
            two.shutdownNow();
        }
        for (User person : panel) {
            assertThat(MAIL.to(person.email())).as(person.username()).hasSize(1);
            assertThat(notifications.findByRecipientIdOrderById(person.id())).singleElement()
                    .satisfies(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT));
        }
    }
}
