package dev.panel.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.util.Map;

/**
 * One message to one person in the outbox. Written by {@link Outbox}, changed only by the sender's claims (rows,
 * not a lock in one JVM, so that any Panel instance may deliver it) and by an admin's retry.
 */
@MappedEntity("notification")
public record Notification(
        @Id @GeneratedValue @Nullable Long id,
        String eventKey,
        long recipientId,
        NotificationKind kind,
        @Nullable Long loopId,
        @Nullable Long interviewId,
        @MappedProperty(converter = FactsConverter.class) Map<String, String> facts,
        NotificationStatus status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String claimedBy,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {

    public Notification {
        facts = Map.copyOf(facts);
    }

    public String fact(String name) {
        return facts.getOrDefault(name, "");
    }
}
