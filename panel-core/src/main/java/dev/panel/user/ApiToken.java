package dev.panel.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A bearer token for scripts. Only the SHA-256 of the token is stored; the token itself is shown once. Tokens made on
 * My account carry the name their owner gave them.
 */
@MappedEntity("api_token")
public record ApiToken(
        @Id @GeneratedValue @Nullable Long id,
        String tokenHash,
        long userId,
        Instant createdAt,
        Instant expiresAt,
        @Nullable String name) {
}
