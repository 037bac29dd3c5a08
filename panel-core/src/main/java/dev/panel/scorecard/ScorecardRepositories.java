package dev.panel.scorecard;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class ScorecardRepositories {

    private ScorecardRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Scorecards extends CrudRepository<Scorecard, Long> {

        Optional<Scorecard> findByInterviewIdAndInterviewerId(long interviewId, long interviewerId);

        List<Scorecard> findByLoopIdOrderById(long loopId);

        List<Scorecard> findByLoopIdInOrderById(Collection<Long> loopIds);

        void deleteByLoopIdIn(Collection<Long> loopIds);

        List<Scorecard> findByInterviewId(long interviewId);

        List<Scorecard> findByInterviewerId(long interviewerId);

        long countByLoopIdAndInterviewerIdAndState(long loopId, long interviewerId, ScorecardState state);
    }

    /** Append and read only, but for the privacy rules: an anonymised candidate's amendments lose their text. */
    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Amendments extends GenericRepository<Amendment, Long> {

        Amendment save(Amendment amendment);

        List<Amendment> findByScorecardIdOrderById(long scorecardId);

        List<Amendment> findByScorecardIdInOrderById(Collection<Long> scorecardIds);

        Amendment update(Amendment amendment);

        void deleteByScorecardIdIn(Collection<Long> scorecardIds);
    }
}
