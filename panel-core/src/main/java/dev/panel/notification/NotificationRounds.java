package dev.panel.notification;

import dev.panel.common.SharedWork;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The timers: every few seconds the outbox is delivered (when mail is configured), every minute reminders, nudges
 * and digests are written. Every instance keeps both timers. Delivery runs on all of them at once: each claims its
 * own messages ({@link OutboxClaims}), so more instances send faster. The reminder round reads every open loop, so
 * it runs on one instance per minute ({@link SharedWork}); its unique event keys would make a
 * second run harmless, only wasted. {@code panel.notifications.background=false} turns both off, for tests that run
 * the rounds themselves.
 */
@Singleton
@Requires(property = "panel.notifications.background", notEquals = "false")
class NotificationRounds {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationRounds.class);
    /** Half the round's interval: instances whose minute timers fire a few seconds apart share one round. */
    private static final Duration ROUND_HELD_AT_LEAST = Duration.ofSeconds(30);
    private static final Duration ROUND_HELD_AT_MOST = Duration.ofMinutes(5);

    private final OutboxSender sender;
    private final NotificationSchedule schedule;
    private final MailSettings settings;
    private final SharedWork shared;

    NotificationRounds(OutboxSender sender, NotificationSchedule schedule, MailSettings settings, SharedWork shared) {
        this.sender = sender;
        this.schedule = schedule;
        this.settings = settings;
        this.shared = shared;
    }

    @Scheduled(initialDelay = "${panel.notifications.first-send:15s}", fixedDelay = "${panel.notifications.send-every:5s}")
    void send() {
        if (!settings.isConfigured()) {
            return;
        }
        try {
            sender.deliverDue();
        } catch (RuntimeException surprise) {
            LOG.error("Sending notifications failed; trying again at the next round", surprise);
        }
    }

    /** Whether this instance ran the round (another may have it). */
    @Scheduled(initialDelay = "${panel.notifications.first-round:30s}", fixedDelay = "${panel.notifications.round-every:1m}")
    boolean remindAndChase() {
        try {
            return shared.runOnce("notification-round", ROUND_HELD_AT_MOST, ROUND_HELD_AT_LEAST, schedule::run);
        } catch (RuntimeException surprise) {
            LOG.error("Writing reminders and nudges failed; trying again at the next round", surprise);
            return false;
        }
    }
}
