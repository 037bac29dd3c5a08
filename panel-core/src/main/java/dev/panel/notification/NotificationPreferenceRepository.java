package dev.panel.notification;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface NotificationPreferenceRepository extends CrudRepository<NotificationPreference, Long> {

    Optional<NotificationPreference> findByCalendarTokenHash(String calendarTokenHash);
}
