package dev.panel.notification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface NotificationRepository extends CrudRepository<Notification, Long> {

    Page<Notification> findByStatusIn(Collection<NotificationStatus> statuses, Pageable page);

    List<Notification> findByIdIn(Collection<Long> ids);

    long countByStatus(NotificationStatus status);

    long countByStatusIn(Collection<NotificationStatus> statuses);

    List<Notification> findByRecipientIdOrderById(long recipientId);

    long countByInterviewIdAndRecipientIdAndKindIn(long interviewId, long recipientId, Collection<NotificationKind> kinds);

    boolean existsByInterviewIdAndRecipientIdAndKindInAndCreatedAtGreaterThan(long interviewId, long recipientId,
                                                                          Collection<NotificationKind> kinds, Instant after);

    void deleteByLoopIdIn(Collection<Long> loopIds);

    /** How many wait to be sent and since when the oldest of them: one read of the rows the due index finds by status. */
    @Query("SELECT COUNT(*) AS waiting, MIN(created_at) AS oldest FROM notification WHERE status = 'WAITING'")
    OutboxGauges.Depth depth();

    @Query("UPDATE notification SET status = 'WAITING', attempts = 0, next_attempt_at = :now, claimed_by = NULL, last_error = NULL "
            + "WHERE id = :id AND status = 'FAILED'")
    long retry(long id, Instant now);
}
