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

    Optional<User> findByEmail(String email);

    Optional<User> findBySsoIssuerAndSsoSubject(String ssoIssuer, String ssoSubject);

    /** The user a stored token belongs to, while the token is valid: one statement for the check before every API request. */
    @Query("SELECT u.* FROM app_user u JOIN api_token t ON t.user_id = u.id WHERE t.token_hash = :tokenHash AND t.expires_at > :now")
    Optional<User> findByValidToken(String tokenHash, Instant now);

    List<User> findByIdIn(Collection<Long> ids);

    List<User> findAll();

    /**
     * The ids of the active admins, locked until the end of the transaction, so that two admins demoting each other
     * at once cannot both pass the last-admin check. No other role's name contains ADMIN.
     */
    @Query("SELECT id FROM app_user WHERE enabled = TRUE AND roles LIKE '%ADMIN%' FOR UPDATE")
    List<Long> lockActiveAdmins();
}
