package dev.panel.audit;

import dev.panel.common.TransactionRetry;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.MDC;

import java.time.Clock;
import java.util.List;

/**
 * Records audit events in the caller's transaction, so an event exists exactly when what it describes does.
 * Each event takes the id of the web request it came from from the logging MDC ({@link #REQUEST_ID}).
 */
@Singleton
@TransactionRetry
public class AuditLog {

    /** The MDC key under which the web layer keeps the current request's id. */
    public static final String REQUEST_ID = "requestId";
    private static final int DETAIL_LIMIT = 1000;

    private final AuditEventRepository events;
    private final AuditSearch search;
    private final Clock clock;

    AuditLog(AuditEventRepository events, AuditSearch search, Clock clock) {
        this.events = events;
        this.search = search;
        this.clock = clock;
    }

    @Transactional
    public void record(String actor, String action, String subject, String detail) {
        String trimmed = detail != null && detail.length() > DETAIL_LIMIT ? detail.substring(0, DETAIL_LIMIT) : detail;
        events.save(new AuditEvent(null, clock.instant(), actor, action, subject, trimmed, MDC.get(REQUEST_ID)));
    }

    @ReadOnly
    public List<AuditEvent> about(String subject) {
        return events.findBySubjectOrderByIdDesc(subject);
    }

    /** A page of events, newest first. Callers check that the reader is an admin (see admin.AuditTrail). */
    @ReadOnly
    public List<AuditEvent> page(AuditFilter filter, int offset, int limit) {
        return search.page(filter, offset, limit);
    }

    @ReadOnly
    public long count(AuditFilter filter) {
        return search.count(filter);
    }

    /** Every kind of event recorded so far, for a filter's choices. */
    @ReadOnly
    public List<String> actions() {
        return events.listActions();
    }

    /** Replaces {@code text} wherever it appears in an event's detail; for anonymising a candidate. */
    @Transactional
    public long redact(String text, String marker) {
        return text == null || text.isBlank() ? 0 : events.redact(text, marker);
    }
}
