package dev.panel.audit;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * What to look for in the audit log; every part is optional. {@code actor} and {@code action} match exactly,
 * {@code from} is inclusive and {@code until} exclusive, {@code text} matches anywhere in subject, detail or request id.
 */
public record AuditFilter(
        @Nullable String actor,
        @Nullable String action,
        @Nullable Instant from,
        @Nullable Instant until,
        @Nullable String text) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
