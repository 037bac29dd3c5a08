package dev.panel.audit;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/** Records audit events in the caller's transaction, so an event exists exactly when what it describes does. */
@Singleton
public class AuditLog {

    private static final int DETAIL_LIMIT = 1000;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(String actor, String action, String subject, String detail) {
        String trimmed = detail != null && detail.length() > DETAIL_LIMIT ? detail.substring(0, DETAIL_LIMIT) : detail;
        events.save(new AuditEvent(null, clock.instant(), actor, action, subject, trimmed));
    }

    @ReadOnly
    public List<AuditEvent> about(String subject) {
        return events.findBySubjectOrderByIdDesc(subject);
    }
}
