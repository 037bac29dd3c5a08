package dev.panel.competency;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CompetencyRepository extends CrudRepository<Competency, Long> {

    Optional<Competency> findBySlug(String slug);

    Optional<Competency> findByName(String name);

    List<Competency> listOrderByName();
}
