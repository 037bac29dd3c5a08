package dev.panel.notification;

import dev.panel.loop.OpenLoop;
import dev.panel.testing.MailTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.RefusingMailServer;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A mailbox the server refuses fails its own notification, with the server's words, and holds up nobody else's. */
@MicronautTest(startApplication = false, transactional = false)
class RefusedRecipientIT implements MailTest {

    private static final RefusingMailServer MAIL = new RefusingMailServer();

    @Inject
    LoopFixture fixture;
    @Inject
    OutboxSender sender;
    @Inject
    NotificationRepository notifications;
    @Inject
    Clock clock;

    @Override
    public Map<String, String> mailSettings() {
        return MAIL.properties();
    }

    @AfterAll
    void stopMail() throws IOException {
        MAIL.close();
    }

    @Test
    void a_refused_address_fails_at_once_with_the_servers_reason_and_the_others_go() {
        List<User> panel = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER, Role.INTERVIEWER);
        User refused = panel.get(1);
        MAIL.refuse(refused.email());
        fixture.open(List.of(new OpenLoop.Assignment(0, clock.instant().plus(Duration.ofDays(4)), panel.stream().map(User::id).toList())));

        sender.deliverDue();

        assertThat(MAIL.delivered()).contains(panel.get(0).email(), panel.get(2).email()).doesNotContain(refused.email());
        Notification failed = notifications.findByRecipientIdOrderById(refused.id()).get(0);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).startsWith("The mail server refused it (550)").contains("User unknown");
        assertThat(notifications.findByRecipientIdOrderById(panel.get(2).id()).get(0).status()).isEqualTo(NotificationStatus.SENT);
    }
}
