package dev.panel.user;

import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import dev.panel.common.GoneException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.common.TransactionRetry;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Invitations and password resets by single-use links: 256 random bits, stored as a SHA-256 hash, valid for
 * {@code panel.accounts.link-lifetime} (72 hours unless configured), spent on first use. Issuing a link spends the
 * person's earlier unused ones, so only the newest works. Setting a password through a link ends the person's other
 * sessions and tokens: a reset is often asked for because someone else may know the old one.
 */
@Singleton
@TransactionRetry
public class AccountLinkService {

    static final String UNKNOWN = "This link is not valid. Check that it was copied whole, or ask an admin for a new one.";

    private final AccountLinkRepository links;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AccountSessions sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration lifetime;
    private final ApplicationEventPublisher<AccountLinkIssued> issued;

    AccountLinkService(AccountLinkRepository links, UserRepository users, PasswordHasher hasher, AccountSessions sessions,
                       AuditLog audit, Clock clock, @Value("${panel.accounts.link-lifetime:72h}") Duration lifetime,
                       ApplicationEventPublisher<AccountLinkIssued> issued) {
        this.issued = issued;
        this.links = links;
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** An invitation for someone who has no password yet. The token is in the answer once and never again. */
    @Transactional
    public IssuedLink invite(Actor admin, long userId) {
        admin.require("invite people", Role.ADMIN);
        User user = active(userId);
        if (user.hasPassword()) {
            throw new ConflictException(user.displayName() + " has already set a password. Send a password reset instead.");
        }
        return issue(admin, user, AccountLink.Purpose.INVITATION);
    }

    /** A password reset link for an active account. */
    @Transactional
    public IssuedLink reset(Actor admin, long userId) {
        admin.require("reset passwords", Role.ADMIN);
        return issue(admin, active(userId), AccountLink.Purpose.PASSWORD_RESET);
    }

    private User active(long userId) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("There is no account with id " + userId + "."));
        if (!user.enabled()) {
            throw new ConflictException(user.displayName() + "'s account is deactivated. Reactivate it first.");
        }
        return user;
    }

    private IssuedLink issue(Actor admin, User user, AccountLink.Purpose purpose) {
        Instant now = clock.instant();
        links.spendOpenLinks(user.id(), now);
        String token = SecretTokens.newToken();
        Instant expires = now.plus(lifetime);
        links.save(new AccountLink(null, SecretTokens.sha256(token), user.id(), purpose, admin.username(), now, expires, null));
        audit.record(admin.username(), purpose == AccountLink.Purpose.INVITATION ? "user.invited" : "user.password-reset-issued",
                user.username(), "link valid until " + expires);
        issued.publishEvent(new AccountLinkIssued(user.id(), purpose == AccountLink.Purpose.INVITATION, token, expires, admin.username()));
        return new IssuedLink(token, expires, user);
    }

    /** What a link is for, to greet its holder; refused as {@link #redeem} would refuse it. */
    @ReadOnly
    public LinkHolder inspect(String token) {
        AccountLink link = usable(token);
        User user = users.findById(link.userId()).orElseThrow(() -> new GoneException(UNKNOWN));
        return new LinkHolder(user.username(), user.displayName(), link.purpose() == AccountLink.Purpose.INVITATION, link.expiresAt());
    }

    /** Sets the password of the link's account and spends the link; the account as saved. */
    @Transactional
    public User redeem(String token, String password) {
        AccountLink link = usable(token);
        PasswordPolicy.check(password);
        User user = users.findById(link.userId()).filter(User::enabled)
                .orElseThrow(() -> new GoneException("This account has been deactivated; the link no longer works."));
        Instant now = clock.instant();
        links.update(link.spentAt(now));
        User saved = users.update(user.withNewPassword(hasher.hash(password)));
        String action = link.purpose() == AccountLink.Purpose.INVITATION ? "user.invitation-accepted" : "user.password-reset";
        audit.record(user.username(), action, user.username(), null);
        return sessions.endAll(saved, user.username(), "password set through a link");
    }

    private AccountLink usable(String token) {
        Optional<AccountLink> found = token == null || token.isBlank() || token.length() > 100
                ? Optional.empty() : links.findByTokenHash(SecretTokens.sha256(token.strip()));
        AccountLink link = found.orElseThrow(() -> new InvalidInputException(UNKNOWN));
        if (link.usedAt() != null) {
            throw new GoneException("This link has already been used (or a newer one was sent). Sign in, or ask an admin for a new link.");
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw new GoneException("This link expired on " + link.expiresAt() + " (links last " + lifetime.toHours()
                    + " hours). Ask an admin for a new one.");
        }
        return link;
    }

    /** A link just made: the token to put into the address, when it stops working, and whose it is. */
    public record IssuedLink(String token, Instant expiresAt, User user) {
    }

    /** Whom a link greets on its page. */
    public record LinkHolder(String username, String displayName, boolean invitation, Instant expiresAt) {
    }
}
