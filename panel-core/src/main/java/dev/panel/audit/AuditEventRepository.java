package dev.panel.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * Append and read only: there is deliberately no update or delete. The one exception is {@link #redact},
 * which the privacy rules need: a candidate's name, once anonymised, must not survive in an event's detail.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEventRepository extends GenericRepository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findBySubjectOrderByIdDesc(String subject);

    @Query("SELECT DISTINCT action FROM audit_event ORDER BY action")
    List<String> listActions();

    @Query("UPDATE audit_event SET detail = REPLACE(detail, :text, :marker) WHERE detail LIKE CONCAT('%', :text, '%')")
    long redact(String text, String marker);
}
