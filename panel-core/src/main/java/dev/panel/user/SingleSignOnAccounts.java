package dev.panel.user;

import dev.panel.audit.AuditLog;
import dev.panel.common.TransactionRetry;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The account behind an OpenID Connect sign-in. A known subject signs in to its account; an unknown one whose email
 * belongs to an account is linked to it only when the provider marks the email verified; otherwise the account is made
 * just in time. With a role mapping, roles follow the provider's claim at every sign-in. A deactivated account is
 * refused whatever the provider says.
 */
@Singleton
@TransactionRetry
public class SingleSignOnAccounts {

    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    SingleSignOnAccounts(UserRepository users, AuditLog audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome of a single sign-on: the account signed in, or a sentence saying why not. */
    public sealed interface Outcome {
        record SignedIn(User user) implements Outcome {
        }

        record Refused(String message) implements Outcome {
        }
    }

    /** Refusals are answers, not exceptions, so that the audit event of a refusal is committed with the rest. */
    @Transactional
    public Outcome signIn(VerifiedIdentity identity, RoleMapping mapping) {
        try {
            return new Outcome.SignedIn(signInOrRefuse(identity, mapping));
        } catch (Refusal refusal) {
            audit.record(null, "login.refused", refusal.subject, "single sign-on: " + refusal.reason);
            return new Outcome.Refused(refusal.getMessage());
        }
    }

    private User signInOrRefuse(VerifiedIdentity identity, RoleMapping mapping) {
        Instant now = clock.instant();
        Optional<User> linked = users.findBySsoIssuerAndSsoSubject(identity.issuer(), identity.subject());
        User user = linked.isPresent() ? linked.get() : linkOrCreate(identity, mapping, now);
        if (!user.enabled()) {
            throw new Refusal(user.username(), "account deactivated",
                    "Your Panel account has been deactivated. Ask an admin if this is a mistake.");
        }
        User signedIn = user.afterSignIn(now);
        if (mapping.isOn()) {
            Set<Role> roles = mapping.rolesFor(identity.roleClaim());
            if (!roles.equals(user.roles())) {
                audit.record(null, "user.roles-changed", user.username(), "from " + user.roles() + " to " + roles
                        + " by the identity provider's claim");
                signedIn = signedIn.withRoles(roles);
            }
        }
        User saved = users.update(signedIn);
        audit.record(saved.username(), "login", saved.username(), "single sign-on");
        return saved;
    }

    private User linkOrCreate(VerifiedIdentity identity, RoleMapping mapping, Instant now) {
        String email = identity.email() == null ? null : identity.email().strip().toLowerCase(Locale.ROOT);
        if (email == null || email.isEmpty()) {
            throw new Refusal(identity.subject(), "no email claim", "Your identity provider did not tell Panel your email "
                    + "address, which every account needs. Ask your administrator to release the email claim to Panel.");
        }
        Optional<User> sameEmail = users.findByEmail(email);
        if (sameEmail.isPresent()) {
            User existing = sameEmail.get();
            if (!identity.emailVerified()) {
                throw new Refusal(existing.username(), "email not verified by the provider", "A Panel account already uses "
                        + email + ", but your identity provider has not verified that address, so Panel will not link them. Ask an admin.");
            }
            if (existing.signsInWithProvider()) {
                throw new Refusal(existing.username(), "email linked to another subject",
                        "The Panel account with " + email + " is linked to another identity. Ask an admin.");
            }
            audit.record(existing.username(), "user.linked", existing.username(), "to single sign-on at " + identity.issuer());
            return users.update(existing.linkedTo(identity.issuer(), identity.subject()));
        }
        String username = freeUsername(identity, email);
        String name = identity.name() == null || identity.name().isBlank() ? username
                : AccountRules.displayName(identity.name().length() > AccountRules.NAME_LIMIT
                        ? identity.name().substring(0, AccountRules.NAME_LIMIT) : identity.name(), username);
        Set<Role> roles = mapping.rolesFor(identity.roleClaim());
        User created = users.save(User.create(username, name, email, null, roles, now).linkedTo(identity.issuer(), identity.subject()));
        audit.record(null, "user.created", username, "just in time, at a single sign-on; roles " + roles);
        return created;
    }

    /** Why a sign-in is refused: {@code subject} and {@code reason} for the audit log, the message for the person. */
    private static final class Refusal extends RuntimeException {
        final String subject;
        final String reason;

        Refusal(String subject, String reason, String message) {
            super(message, null, false, false);
            this.subject = subject;
            this.reason = reason;
        }
    }

    /** A username from preferred_username, else the email's local part, made valid and, if taken, numbered. */
    private String freeUsername(VerifiedIdentity identity, String email) {
        String wanted = identity.preferredUsername() != null && !identity.preferredUsername().isBlank()
                ? identity.preferredUsername() : email.substring(0, email.indexOf('@'));
        String base = wanted.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", ".").replaceAll("^[._-]+", "");
        if (base.length() < 2) {
            base = "user" + base;
        }
        if (base.length() > 56) {
            base = base.substring(0, 56);
        }
        String candidate = base;
        for (int n = 2; users.findByUsername(candidate).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
