package dev.panel.notification;

import dev.panel.audit.AuditLog;
import dev.panel.common.NotFoundException;
import dev.panel.common.TransactionRetry;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The outbox as admins see it: what was sent, what waits and why, what failed and why, and a retry for the failed.
 * It shows who, what kind and when, never the facts (an account link's secret waits there until it is sent).
 */
@Singleton
@TransactionRetry
public class NotificationLog {

    private final NotificationRepository notifications;
    private final UserService users;
    private final MailSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    NotificationLog(NotificationRepository notifications, UserService users, MailSettings settings, AuditLog audit, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** One row of the admin page. */
    @Serdeable
    public record Entry(long id, String kind, String recipient, String recipientEmail, NotificationStatus status, int attempts,
                        Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
    }

    @Serdeable
    public record Counts(long waiting, long sent, long failed, boolean mailConfigured) {
    }

    @ReadOnly
    public Counts counts(Actor admin) {
        admin.require("see notifications", Role.ADMIN);
        return new Counts(notifications.countByStatus(NotificationStatus.WAITING), notifications.countByStatus(NotificationStatus.SENT),
                notifications.countByStatus(NotificationStatus.FAILED), settings.isConfigured());
    }

    @ReadOnly
    public long count(Actor admin, Collection<NotificationStatus> statuses) {
        admin.require("see notifications", Role.ADMIN);
        return notifications.countByStatusIn(statuses.isEmpty() ? List.of(NotificationStatus.values()) : statuses);
    }

    /** Newest first. */
    @ReadOnly
    public Page<Entry> page(Actor admin, Collection<NotificationStatus> statuses, int offset, int limit) {
        admin.require("see notifications", Role.ADMIN);
        Pageable page = Pageable.from(offset / Math.max(1, limit), Math.max(1, limit), Sort.of(Sort.Order.desc("id")));
        Page<Notification> found = notifications.findByStatusIn(statuses.isEmpty() ? List.of(NotificationStatus.values()) : statuses, page);
        Map<Long, User> people = users.byIds(found.getContent().stream().map(Notification::recipientId).toList());
        return found.map(n -> {
            User person = people.get(n.recipientId());
            return new Entry(n.id(), n.kind().label(), person == null ? "(deleted account)" : person.displayName(),
                    person == null ? "" : person.email(), n.status(), n.attempts(), n.createdAt(),
                    n.status() == NotificationStatus.WAITING ? n.nextAttemptAt() : null, n.sentAt(), n.lastError());
        });
    }

    /** Puts a failed notification back in the queue, with its attempts counted afresh. */
    @Transactional
    public void retry(Actor admin, long id) {
        admin.require("retry notifications", Role.ADMIN);
        Notification n = notifications.findById(id).orElseThrow(() -> new NotFoundException("There is no notification with id " + id + "."));
        if (n.status() != NotificationStatus.FAILED) {
            throw new dev.panel.common.ConflictException("Only a failed notification can be retried; this one is "
                    + n.status().name().toLowerCase() + ".");
        }
        notifications.retry(id, clock.instant());
        audit.record(admin.username(), "notification.retried", "notification:" + id, n.kind().name());
    }
}
