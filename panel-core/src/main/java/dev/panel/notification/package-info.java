/**
 * Notifications: who hears about what happened, written to an outbox in the same transaction as the change, then
 * delivered by mail (Jakarta Mail, calendar parts by ical4j) with retries; reminders, nudges and digests; each
 * person's choices and calendar feed. Feature services name what happened; only this package knows who is told.
 */
package dev.panel.notification;
