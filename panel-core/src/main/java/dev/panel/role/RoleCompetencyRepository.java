package dev.panel.role;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoleCompetencyRepository extends CrudRepository<RoleCompetency, Long> {

    List<RoleCompetency> findByRoleIdOrderById(long roleId);

    List<RoleCompetency> findByRoleIdInOrderById(Collection<Long> roleIds);

    void deleteByRoleId(long roleId);
}
