package dev.panel.notification;

/** Where a notification is: waiting to be sent (or to be tried again), sent, or given up on with a reason. */
public enum NotificationStatus {
    WAITING, SENT, FAILED
}
