package dev.panel.decision;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Insert and read only: a decision is recorded once. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DecisionRepository extends GenericRepository<Decision, Long> {

    Decision save(Decision decision);

    Optional<Decision> findByLoopId(long loopId);

    List<Decision> findByLoopIdIn(Collection<Long> loopIds);

    List<Decision> findByDecidedAtLessThan(Instant cutoff);

    /** The privacy exception to insert-only: an anonymised candidate's decision keeps its outcome, not its reasons. */
    @Query("UPDATE decision SET reason = :marker, early_reason = CASE WHEN early_reason IS NULL THEN NULL ELSE :marker END"
            + " WHERE loop_id IN (:loopIds)")
    void redactReasons(Collection<Long> loopIds, String marker);

    void deleteByLoopIdIn(Collection<Long> loopIds);
}
