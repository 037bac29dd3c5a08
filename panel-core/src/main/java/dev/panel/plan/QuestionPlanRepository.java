package dev.panel.plan;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuestionPlanRepository extends CrudRepository<QuestionPlan, Long> {

    List<QuestionPlan> findByRoleIdOrderById(long roleId);

    List<QuestionPlan> listOrderById();

    List<QuestionPlan> findByRoleIdAndStateOrderById(long roleId, PlanState state);
}
