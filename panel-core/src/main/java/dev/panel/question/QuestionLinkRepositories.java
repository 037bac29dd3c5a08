package dev.panel.question;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

final class QuestionLinkRepositories {

    private QuestionLinkRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Competencies extends CrudRepository<QuestionLink.ToCompetency, Long> {

        List<QuestionLink.ToCompetency> findByQuestionIdIn(Collection<Long> questionIds);

        void deleteByQuestionId(long questionId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Roles extends CrudRepository<QuestionLink.ToRole, Long> {

        List<QuestionLink.ToRole> findByQuestionIdIn(Collection<Long> questionIds);

        void deleteByQuestionId(long questionId);
    }
}
