package dev.panel.notification;

import dev.panel.common.TransactionRetry;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;

/** Forgets what the outbox holds of a candidate's loops (their names are in the facts). Called by privacy only. */
@Singleton
@TransactionRetry
public class NotificationErasure {

    private final NotificationRepository notifications;

    NotificationErasure(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Transactional
    public void forgetLoops(Collection<Long> loopIds) {
        if (!loopIds.isEmpty()) {
            notifications.deleteByLoopIdIn(loopIds);
        }
    }
}
