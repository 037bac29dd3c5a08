package dev.panel.user;

import dev.panel.audit.AuditLog;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.common.TransactionRetry;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Issues, lists, resolves and revokes API bearer tokens: 32 random bytes, handed out once, stored only as a hash,
 * valid for {@code panel.api.token-lifetime} (12 hours unless configured) or, for a named token made on My account,
 * for the days its owner chose (at most a year).
 */
@Singleton
@TransactionRetry
public class ApiTokenService {

    public static final int NAME_LIMIT = 100;
    public static final Duration LONGEST_NAMED_LIFETIME = Duration.ofDays(366);

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration lifetime;

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
        return issue(user, null, lifetime);
    }

    /** A named token that the signed-in person makes for a script of theirs, valid for {@code validFor}. */
    @Transactional
    public IssuedToken issueNamed(Actor owner, String name, Duration validFor) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > NAME_LIMIT) {
            throw new InvalidInputException("name: give the token a name of 1 to " + NAME_LIMIT + " characters, e.g. the script it is for.");
        }
        if (validFor == null || validFor.isNegative() || validFor.isZero() || validFor.compareTo(LONGEST_NAMED_LIFETIME) > 0) {
            throw new InvalidInputException("validFor: a token is valid for at least a day and at most a year.");
        }
        User user = users.findById(owner.id()).orElseThrow(() -> new NotFoundException("Your account no longer exists."));
        return issue(user, label, validFor);
    }

    private IssuedToken issue(User user, String name, Duration validFor) {
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(validFor);
        tokens.deleteByExpiresAtLessThan(now);
        ApiToken saved = tokens.save(new ApiToken(null, SecretTokens.sha256(token), user.id(), now, expires, name));
        audit.record(user.username(), "token.issued", user.username(), (name == null ? "" : "'" + name + "', ") + "expires " + expires);
        return new IssuedToken(saved.id(), token, expires);
    }

    /**
     * The user a token belongs to, while it is valid and the account is active and not locked by failed sign-ins.
     * Every API request asks this first, so it is one statement and no transaction (a transaction's begin and end were
     * three more round trips to the database).
     */
    public Optional<User> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return users.findByValidToken(SecretTokens.sha256(token), now).filter(user -> !user.isLockedAt(now));
    }

    /** The tokens a person holds that have not expired, newest first; never the tokens themselves. */
    @ReadOnly
    public List<ApiToken> heldBy(Actor owner) {
        return tokens.findByUserIdAndExpiresAtGreaterThanOrderByCreatedAtDesc(owner.id(), clock.instant());
    }

    /** Revokes one of the owner's own tokens; another person's token is not found. */
    @Transactional
    public void revoke(Actor owner, long tokenId) {
        if (tokens.deleteByIdAndUserId(tokenId, owner.id()) == 0) {
            throw new NotFoundException("You hold no token with id " + tokenId + ": it may have expired or been revoked.");
        }
        audit.record(owner.username(), "token.revoked", owner.username(), "token " + tokenId);
    }

    /** Revokes the token a request was sent with. */
    @Transactional
    public void revokeCurrent(String token) {
        Optional<ApiToken> found = token == null ? Optional.empty() : tokens.findByTokenHash(SecretTokens.sha256(token));
        found.ifPresent(t -> {
            tokens.delete(t);
            String owner = users.findById(t.userId()).map(User::username).orElse(null);
            audit.record(owner, "token.revoked", owner, "token " + t.id() + ", the one the request was sent with");
        });
    }

    /** Every token of the user, as when their sessions are ended; how many there were. */
    @Transactional
    int revokeAll(long userId) {
        return tokens.deleteByUserId(userId);
    }

    public record IssuedToken(long id, String token, Instant expiresAt) {
    }
}
