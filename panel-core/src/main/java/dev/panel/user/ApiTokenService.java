package dev.panel.user;

import dev.panel.audit.AuditLog;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Issues and resolves API bearer tokens: 32 random bytes, handed out once, stored only as a hash, valid
 * for {@code panel.api.token-lifetime} (12 hours unless configured).
 */
@Singleton
public class ApiTokenService {

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, UserRepository users, AuditLog audit, Clock clock,
                    @Value("${panel.api.token-lifetime:12h}") Duration lifetime) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new token for a user who has just proved who they are. */
    @Transactional
    public IssuedToken issue(User user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        tokens.deleteByExpiresAtLessThan(now);
        tokens.save(new ApiToken(null, sha256(token), user.id(), now, expires));
        audit.record(user.username(), "token.issued", user.username(), "expires " + expires);
        return new IssuedToken(token, expires);
    }

    /**
     * The enabled user a token belongs to, while it is valid. Every API request asks this first, so it is one
     * statement and no transaction (a transaction's begin and end were three more round trips to the database).
     */
    public Optional<User> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return users.findByValidToken(sha256(token), clock.instant()).filter(User::enabled);
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
