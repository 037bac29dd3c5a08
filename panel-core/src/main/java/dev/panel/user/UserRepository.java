package dev.panel.user;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserRepository extends CrudRepository<User, Long> {

    Optional<User> findByUsername(String username);

    /** The user a stored token belongs to, while the token is valid: one statement for the check before every API request. */
    @Query("SELECT u.* FROM app_user u JOIN api_token t ON t.user_id = u.id WHERE t.token_hash = :tokenHash AND t.expires_at > :now")
    Optional<User> findByValidToken(String tokenHash, Instant now);

    List<User> findByIdIn(Collection<Long> ids);

    List<User> findAll();
}
