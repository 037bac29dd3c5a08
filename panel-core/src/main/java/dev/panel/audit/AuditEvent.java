package dev.panel.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One thing that happened. Never holds note text, passwords or other candid content. */
@MappedEntity("audit_event")
public record AuditEvent(
        @Id @GeneratedValue @Nullable Long id,
        Instant occurredAt,
        @Nullable String actor,
        String action,
        @Nullable String subject,
        @Nullable String detail) {
}
