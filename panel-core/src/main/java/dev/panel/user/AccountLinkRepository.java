package dev.panel.user;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountLinkRepository extends CrudRepository<AccountLink, Long> {

    Optional<AccountLink> findByTokenHash(String tokenHash);

    /** Spends the person's links not yet used, so that only the newest one works. */
    @Query("UPDATE account_link SET used_at = :now WHERE user_id = :userId AND used_at IS NULL")
    void spendOpenLinks(long userId, Instant now);
}
