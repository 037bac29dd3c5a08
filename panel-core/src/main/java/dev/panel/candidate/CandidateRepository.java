package dev.panel.candidate;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CandidateRepository extends CrudRepository<Candidate, Long> {

    List<Candidate> listOrderByIdDesc();

    List<Candidate> findByIdIn(Collection<Long> ids);

    List<Candidate> findByEmail(String email);
}
