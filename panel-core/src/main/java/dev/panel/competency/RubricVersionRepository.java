package dev.panel.competency;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Insert and read only: a rubric version is never changed. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RubricVersionRepository extends GenericRepository<RubricVersion, Long> {

    RubricVersion save(RubricVersion version);

    Optional<RubricVersion> findById(Long id);

    List<RubricVersion> findByCompetencyIdOrderByNumberDesc(long competencyId);

    Optional<RubricVersion> findFirstByCompetencyIdOrderByNumberDesc(long competencyId);

    List<RubricVersion> findByIdIn(Collection<Long> ids);

    /** The newest version of each named competency's rubric, in one query. */
    @Query("SELECT rv.* FROM rubric_version rv WHERE rv.competency_id IN (:competencyIds) "
            + "AND rv.number = (SELECT MAX(r2.number) FROM rubric_version r2 WHERE r2.competency_id = rv.competency_id)")
    List<RubricVersion> findCurrent(Collection<Long> competencyIds);
}
