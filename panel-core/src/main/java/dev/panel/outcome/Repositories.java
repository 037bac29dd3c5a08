package dev.panel.outcome;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The outcome tables. */
final class Repositories {

    private Repositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Checkpoints extends CrudRepository<Checkpoint, Long> {

        List<Checkpoint> listOrderByPosition();

        Optional<Checkpoint> findByName(String name);

        @Query("SELECT COALESCE(MAX(position), 0) FROM outcome_checkpoint")
        int lastPosition();
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Outcomes extends CrudRepository<CandidateOutcome, Long> {

        Optional<CandidateOutcome> findByLoopIdAndCheckpointIdAndCompetencyId(long loopId, long checkpointId, long competencyId);

        List<CandidateOutcome> findByLoopIdInOrderById(Collection<Long> loopIds);

        long countByCheckpointId(long checkpointId);

        void deleteByLoopIdIn(Collection<Long> loopIds);
    }
}
