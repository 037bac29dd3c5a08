package dev.panel.user;

import java.time.Instant;

/**
 * An invitation or password-reset link was made for {@code userId}; published inside the issuing transaction, so
 * that the mail carrying it is written with it. {@code token} is the only copy of the secret outside the answer.
 */
public record AccountLinkIssued(long userId, boolean invitation, String token, Instant expiresAt, String issuedBy) {
}
