package dev.panel.loop;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

final class LoopRepositories {

    private LoopRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Loops extends CrudRepository<HiringLoop, Long> {

        List<HiringLoop> listOrderByIdDesc();

        List<HiringLoop> findByIdInOrderByIdDesc(Collection<Long> ids);

        List<HiringLoop> findByCandidateId(long candidateId);

        List<HiringLoop> findByIdIn(Collection<Long> ids);

        void deleteByIdIn(Collection<Long> ids);

        /** Locks the loop's row until the transaction ends. */
        @Query("SELECT id FROM hiring_loop WHERE id = :id FOR UPDATE")
        List<Long> lockById(long id);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Interviews extends CrudRepository<Interview, Long> {

        List<Interview> findByIdIn(Collection<Long> ids);

        List<Interview> findByLoopIdIn(Collection<Long> loopIds);

        List<Interview> findByScheduledAtGreaterThanEqualsAndScheduledAtLessThan(Instant from, Instant until);

        void deleteByLoopIdIn(Collection<Long> loopIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Panelists extends CrudRepository<Panelist, Long> {

        List<Panelist> findByLoopIdInOrderById(Collection<Long> loopIds);

        void deleteByLoopIdIn(Collection<Long> loopIds);

        List<Panelist> findByUserId(long userId);

        List<Panelist> findByInterviewId(long interviewId);

        boolean existsByLoopIdAndUserId(long loopId, long userId);

        long countByLoopIdAndUserId(long loopId, long userId);

        @Query("""
                SELECT p.user_id AS user_id, COUNT(*) AS interviews
                FROM interview_panelist p JOIN interview i ON i.id = p.interview_id
                WHERE i.scheduled_at >= :from AND i.scheduled_at < :until
                GROUP BY p.user_id""")
        List<InterviewerLoad> loadBetween(Instant from, Instant until);
    }
}
