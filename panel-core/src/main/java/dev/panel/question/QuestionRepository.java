package dev.panel.question;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuestionRepository extends CrudRepository<Question, Long> {

    Optional<Question> findBySlug(String slug);

    List<Question> findByIdIn(Collection<Long> ids);
}
