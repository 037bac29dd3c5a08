package dev.panel.role;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoleRepository extends CrudRepository<JobRole, Long> {

    Optional<JobRole> findBySlug(String slug);

    Optional<JobRole> findByName(String name);

    List<JobRole> listOrderByName();

    /** Locks the rows (in id order, so that two lockers cannot deadlock) until the transaction ends. */
    @Query("SELECT id FROM job_role WHERE id IN (:ids) ORDER BY id FOR UPDATE")
    List<Long> lockByIds(List<Long> ids);
}
