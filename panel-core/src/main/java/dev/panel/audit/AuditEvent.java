package dev.panel.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One thing that happened. Never holds note text, passwords or other candid content. {@code requestId} is the
 * id of the web request it came from (also in that request's log lines), empty for work outside a request.
 */
@MappedEntity("audit_event")
public record AuditEvent(
        @Id @GeneratedValue @Nullable Long id,
        Instant occurredAt,
        @Nullable String actor,
        String action,
        @Nullable String subject,
        @Nullable String detail,
        @Nullable String requestId) {
}
