package dev.panel.drill;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class DrillRepositories {

    private DrillRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Drills extends CrudRepository<Drill, Long> {

        Optional<Drill> findBySlug(String slug);

        @Query("SELECT * FROM drill ORDER BY id DESC LIMIT :limit OFFSET :offset")
        List<Drill> page(int offset, int limit);

        /** The open drills, and the closed ones the interviewer took part in (their feedback stays readable). */
        @Query("SELECT * FROM drill d WHERE d.state = 'OPEN' OR d.id IN (SELECT r.drill_id FROM drill_rating r "
                + "WHERE r.interviewer_id = :interviewerId AND r.submitted = TRUE) ORDER BY d.id DESC LIMIT :limit OFFSET :offset")
        List<Drill> pageFor(long interviewerId, int offset, int limit);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Samples extends CrudRepository<SampleAnswer, Long> {

        List<SampleAnswer> findByDrillIdOrderByPosition(long drillId);

        void deleteByDrillId(long drillId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Ratings extends CrudRepository<DrillRating, Long> {

        List<DrillRating> findByDrillIdOrderById(long drillId);

        List<DrillRating> findByDrillIdAndInterviewerIdOrderById(long drillId, long interviewerId);

        @Query("SELECT COUNT(DISTINCT interviewer_id) FROM drill_rating WHERE drill_id = :drillId AND submitted = TRUE")
        long countSubmitters(long drillId);
    }

    /** Append and read only. */
    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Statuses extends GenericRepository<CalibratedStatus, Long> {

        CalibratedStatus save(CalibratedStatus status);

        @Query("SELECT * FROM calibrated_status WHERE interviewer_id IN (:interviewerIds) AND expires_at > :now ORDER BY achieved_at DESC")
        List<CalibratedStatus> findValid(Collection<Long> interviewerIds, Instant now);
    }
}
