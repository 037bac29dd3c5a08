package dev.panel.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A single-use link that lets a person set their password: an invitation or a password reset. Only its hash is kept. */
@MappedEntity("account_link")
record AccountLink(
        @Id @GeneratedValue @Nullable Long id,
        String tokenHash,
        long userId,
        Purpose purpose,
        @Nullable String createdBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {

    enum Purpose { INVITATION, PASSWORD_RESET }

    AccountLink spentAt(Instant now) {
        return new AccountLink(id, tokenHash, userId, purpose, createdBy, createdAt, expiresAt, now);
    }
}
