package dev.panel.user;

import dev.panel.audit.AuditLog;
import dev.panel.common.TransactionRetry;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Ends a person's sessions everywhere: every UI session they hold (each remembers the account's session epoch from
 * when it was opened, and the epoch is raised) and every API token. The web layer asks {@link #current} on each UI
 * request, so the next click after a deactivation, a password change or "sign out everywhere" is refused, on every
 * Panel instance, since the epoch is a column of the account's row.
 */
@Singleton
@TransactionRetry
public class AccountSessions {

    private final UserRepository users;
    private final ApiTokenService tokens;
    private final AuditLog audit;

    AccountSessions(UserRepository users, ApiTokenService tokens, AuditLog audit) {
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
    }

    /** Raises the epoch and revokes the tokens; the account as saved. {@code by} is who did it, {@code why} the reason. */
    @Transactional
    User endAll(User user, String by, String why) {
        User saved = users.update(user.withSessionsEnded());
        int revoked = tokens.revokeAll(user.id());
        audit.record(by, "sessions.ended", user.username(), why + "; " + revoked + " API token" + (revoked == 1 ? "" : "s") + " revoked");
        return saved;
    }

    /**
     * The account behind a UI session opened at {@code epoch}, as it is now (its roles and name may have changed), or
     * empty when the session must end: the account is gone, deactivated, or its sessions were ended since.
     * One read by primary key, with no transaction around it: it runs before every UI request.
     */
    public Optional<User> current(long userId, int epoch) {
        return users.findById(userId).filter(u -> u.enabled() && u.sessionEpoch() == epoch);
    }
}
