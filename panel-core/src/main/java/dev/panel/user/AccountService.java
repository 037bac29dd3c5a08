package dev.panel.user;

import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.common.TransactionRetry;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The admin's side of accounts (the People page and {@code /api/users}): finding people, creating accounts for people
 * who are then invited, changing names, addresses and roles, deactivating and reactivating. There is always at least one
 * active admin: a change that would leave none is refused.
 */
@Singleton
@TransactionRetry
public class AccountService {

    private final UserRepository users;
    private final UserService accounts;
    private final AccountSearch search;
    private final AccountSessions sessions;
    private final AuditLog audit;

    AccountService(UserRepository users, UserService accounts, AccountSearch search, AccountSessions sessions, AuditLog audit) {
        this.users = users;
        this.accounts = accounts;
        this.search = search;
        this.sessions = sessions;
        this.audit = audit;
    }

    @ReadOnly
    public List<User> page(Actor admin, AccountFilter filter, int offset, int limit) {
        admin.require("manage people", Role.ADMIN);
        return search.page(filter, offset, limit);
    }

    @ReadOnly
    public long count(Actor admin, AccountFilter filter) {
        admin.require("manage people", Role.ADMIN);
        return search.count(filter);
    }

    @ReadOnly
    public User get(Actor admin, long id) {
        admin.require("manage people", Role.ADMIN);
        return users.findById(id).orElseThrow(() -> new NotFoundException("There is no account with id " + id + "."));
    }

    /** A new account without a password: its person sets one through an invitation link, or signs in with the provider. */
    @Transactional
    public User create(Actor admin, NewUser request) {
        admin.require("create accounts", Role.ADMIN);
        if (request.password() != null) {
            throw new InvalidInputException("password: an admin does not choose people's passwords; send them an invitation.");
        }
        return accounts.create(request, null, admin);
    }

    /**
     * Applies an admin's change. Deactivating ends the person's sessions and tokens at once; what they wrote stays, with
     * their name. Demoting or deactivating the last active admin is refused.
     */
    @Transactional
    public User change(Actor admin, long id, AccountChange change) {
        admin.require("change accounts", Role.ADMIN);
        User user = users.findById(id).orElseThrow(() -> new NotFoundException("There is no account with id " + id + "."));
        Set<Role> roles = change.roles() == null ? user.roles() : copyOf(change.roles());
        boolean active = change.active() == null ? user.enabled() : change.active();
        String displayName = change.displayName() == null ? user.displayName() : AccountRules.displayName(change.displayName(), user.displayName());
        String email = change.email() == null ? user.email() : AccountRules.email(change.email());
        if (!email.equals(user.email()) && users.findByEmail(email).filter(other -> !other.id().equals(user.id())).isPresent()) {
            throw new ConflictException("email: " + email + " already belongs to another account.");
        }
        boolean wasAdmin = user.enabled() && user.hasRole(Role.ADMIN);
        boolean staysAdmin = active && roles.contains(Role.ADMIN);
        if (wasAdmin && !staysAdmin) {
            List<Long> admins = users.lockActiveAdmins();
            if (admins.size() <= 1 && admins.contains(user.id())) {
                throw new ConflictException((active ? "roles" : "active") + ": " + user.displayName() + " is the last active admin. "
                        + "Make someone else an admin first, so that someone can still manage Panel.");
            }
        }
        User changed = user.withProfile(displayName, email, user.timeZone()).withRoles(roles).withEnabled(active);
        if (changed.equals(user)) {
            return user;
        }
        User saved = users.update(changed);
        record(admin, user, saved);
        if (user.enabled() && !active) {
            saved = sessions.endAll(saved, admin.username(), "deactivated");
        }
        return saved;
    }

    private void record(Actor admin, User before, User after) {
        if (!before.roles().equals(after.roles())) {
            audit.record(admin.username(), "user.roles-changed", after.username(), "from " + before.roles() + " to " + after.roles());
        }
        if (before.enabled() != after.enabled()) {
            audit.record(admin.username(), after.enabled() ? "user.reactivated" : "user.deactivated", after.username(), null);
        }
        if (!Objects.equals(before.displayName(), after.displayName()) || !Objects.equals(before.email(), after.email())) {
            audit.record(admin.username(), "user.profile-changed", after.username(), changedFields(before, after));
        }
    }

    private static String changedFields(User before, User after) {
        StringBuilder what = new StringBuilder();
        if (!Objects.equals(before.displayName(), after.displayName())) {
            what.append("name");
        }
        if (!Objects.equals(before.email(), after.email())) {
            what.append(what.isEmpty() ? "" : " and ").append("email");
        }
        return what.append(" changed").toString();
    }

    private static Set<Role> copyOf(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles: an account needs at least one role; deactivate it instead to let someone go.");
        }
        return EnumSet.copyOf(roles);
    }
}
