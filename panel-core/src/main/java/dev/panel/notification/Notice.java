package dev.panel.notification;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/** A notification about to be written: what happened ({@code eventKey}), to whom, and the facts to tell it with. */
record Notice(String eventKey, long recipientId, NotificationKind kind, @Nullable Long loopId, @Nullable Long interviewId,
              Map<String, String> facts) {
}
