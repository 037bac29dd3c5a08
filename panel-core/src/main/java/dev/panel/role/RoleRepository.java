package dev.panel.role;

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
}
