package dev.panel.user;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ApiTokenRepository extends CrudRepository<ApiToken, Long> {

    void deleteByExpiresAtLessThan(Instant moment);

    List<ApiToken> findByUserIdAndExpiresAtGreaterThanOrderByCreatedAtDesc(long userId, Instant now);

    Optional<ApiToken> findByTokenHash(String tokenHash);

    int deleteByUserId(long userId);

    int deleteByIdAndUserId(long id, long userId);
}
