package dev.panel.notification;

import dev.panel.common.JsonColumn;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Delivers the outbox: every few seconds it claims a batch of due notifications (see {@link OutboxClaims}), writes
 * each for its reader and hands it to the mail server. A failure the server may get over is tried again after 30 s,
 * then after twice as long each time (at most an hour), and given up after {@link #MAX_ATTEMPTS} with the last
 * reason; a refusal the server says is final (an unknown mailbox) fails the notification at once and the batch goes
 * on. When the server cannot be reached at all, the rest of the batch waits for the next try without counting an
 * attempt. Without PANEL_SMTP_HOST it does nothing, and the notifications wait for an admin to see.
 */
@Singleton
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int BATCH = 20;

    private final OutboxClaims claims;
    private final NotificationRepository notifications;
    private final UserService users;
    private final Letters letters;
    private final MailDelivery delivery;
    private final Clock clock;
    private final JsonColumn<Map<String, String>> facts;
    private final String claimant;

    OutboxSender(OutboxClaims claims, NotificationRepository notifications, UserService users, Letters letters, MailDelivery delivery,
                 Clock clock, JsonMapper json) {
        this.claims = claims;
        this.notifications = notifications;
        this.users = users;
        this.letters = letters;
        this.delivery = delivery;
        this.clock = clock;
        this.facts = new JsonColumn<>(json, Argument.mapOf(String.class, String.class));
        this.claimant = instanceName();
    }

    /** Claims and sends what is due now, batch after batch; how many were sent. */
    public int deliverDue() {
        int sent = 0;
        while (true) {
            Instant now = clock.instant();
            List<Long> batch = claims.claim(claimant, now, BATCH);
            if (batch.isEmpty()) {
                return sent;
            }
            Outcome outcome = deliver(batch, now);
            sent += outcome.sent;
            if (outcome.serverAway || batch.size() < BATCH) {
                return sent;
            }
        }
    }

    private record Outcome(int sent, boolean serverAway) {
    }

    private Outcome deliver(List<Long> batch, Instant now) {
        try (MailDelivery.Connection connection = delivery.open()) {
            return deliver(batch, now, connection);
        }
    }

    private Outcome deliver(List<Long> batch, Instant now, MailDelivery.Connection connection) {
        int sent = 0;
        // the batch's rows and their readers in two statements, not two per message
        Map<Long, Notification> rows = new HashMap<>();
        notifications.findByIdIn(batch).forEach(n -> rows.put(n.id(), n));
        Map<Long, User> readers = users.byIds(rows.values().stream().map(Notification::recipientId).distinct().toList());
        for (int i = 0; i < batch.size(); i++) {
            Notification notification = rows.get(batch.get(i));
            if (notification == null) {
                continue;
            }
            try {
                if (deliver(notification, readers.get(notification.recipientId()), now, connection)) {
                    sent++;
                }
            } catch (MessagingException unreachable) {
                Instant retryAt = retryAt(notification.attempts() + 1, now);
                fail(notification, reason(unreachable), retryAt);
                // the server is away: the rest wait for the same moment, without spending an attempt each
                Instant restAt = retryAt == null ? now.plus(FIRST_RETRY) : retryAt;
                String why = "Waiting for the mail server: " + reason(unreachable);
                batch.subList(i + 1, batch.size()).forEach(rest -> claims.release(rest, claimant, restAt, why));
                return new Outcome(sent, true);
            }
        }
        return new Outcome(sent, false);
    }

    /** Whether it went; a final refusal fails it here, a passing one is thrown. */
    private boolean deliver(Notification notification, User reader, Instant now, MailDelivery.Connection connection)
            throws MessagingException {
        if (reader == null || !reader.enabled()) {
            claims.failed(notification.id(), claimant, "The recipient's account is deactivated.", null);
            return false;
        }
        Letter letter;
        try {
            letter = letters.write(notification, reader, now);
        } catch (RuntimeException broken) {
            LOG.error("Notification {} could not be written", notification.id(), broken);
            claims.failed(notification.id(), claimant, "It could not be written: " + broken.getMessage(), null);
            return false;
        }
        try {
            connection.send(reader.email(), reader.displayName(), letter, now);
        } catch (MailDelivery.Refused refused) {
            LOG.debug("Notification {} refused: {}", notification.id(), refused.getMessage());
            claims.failed(notification.id(), claimant, refused.getMessage(), null);
            return false;
        }
        claims.sent(notification.id(), claimant, clock.instant(), withoutSecrets(notification));
        return true;
    }

    private void fail(Notification notification, String reason, Instant retryAt) {
        int attempt = notification.attempts() + 1;
        String said = retryAt == null ? "Gave up after " + attempt + " attempts. Last: " + reason : reason;
        LOG.debug("Notification {} attempt {} failed: {}", notification.id(), attempt, reason);
        claims.failed(notification.id(), claimant, said, retryAt);
    }

    /** When to try again after the given failed attempt; null once the attempts are spent. */
    static Instant retryAt(int failedAttempts, Instant now) {
        if (failedAttempts >= MAX_ATTEMPTS) {
            return null;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
    }

    /** The facts to keep once sent: an account link's token only ever had to reach the mail. */
    private String withoutSecrets(Notification notification) {
        if (!notification.facts().containsKey(Facts.TOKEN)) {
            return null;
        }
        Map<String, String> kept = new HashMap<>(notification.facts());
        kept.remove(Facts.TOKEN);
        return facts.write(kept);
    }

    private static String reason(MessagingException failure) {
        StringBuilder reason = new StringBuilder(String.valueOf(failure.getMessage()));
        Throwable cause = failure.getCause();
        if (cause != null && cause.getMessage() != null && !reason.toString().contains(cause.getMessage())) {
            reason.append(" (").append(cause.getMessage()).append(')');
        }
        return reason.toString().replaceAll("\\s+", " ").strip();
    }

    private static String instanceName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException unknown) {
            host = "panel";
        }
        String name = host + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
