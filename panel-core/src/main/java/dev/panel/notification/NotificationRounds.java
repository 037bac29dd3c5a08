package dev.panel.notification;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timers: every few seconds the outbox is delivered (when mail is configured), every minute reminders, nudges
 * and digests are written. Every instance runs both; the outbox's claims and unique event keys make that safe.
 * {@code panel.notifications.background=false} turns them off, for tests that run the rounds themselves.
 */
@Singleton
@Requires(property = "panel.notifications.background", notEquals = "false")
class NotificationRounds {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationRounds.class);

    private final OutboxSender sender;
    private final NotificationSchedule schedule;
    private final MailSettings settings;

    NotificationRounds(OutboxSender sender, NotificationSchedule schedule, MailSettings settings) {
        this.sender = sender;
        this.schedule = schedule;
        this.settings = settings;
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

    @Scheduled(initialDelay = "${panel.notifications.first-round:30s}", fixedDelay = "${panel.notifications.round-every:1m}")
    void remindAndChase() {
        try {
            schedule.run();
        } catch (RuntimeException surprise) {
            LOG.error("Writing reminders and nudges failed; trying again at the next round", surprise);
        }
    }
}
