package dev.panel.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Append and read only: there is deliberately no update or delete. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEventRepository extends GenericRepository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findBySubjectOrderByIdDesc(String subject);
}
