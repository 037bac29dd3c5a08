package dev.panel.user;

import dev.panel.audit.AuditLog;
import dev.panel.common.TransactionRetry;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Accounts: creating them, checking a password sign-in, and looking people up. */
@Singleton
@TransactionRetry
public class UserService {

    private static final Logger LOG = LoggerFactory.getLogger(UserService.class);

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final ClientThrottle clients;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean passwordLogin;
    private final String breakGlassAdmin;

    UserService(UserRepository users, PasswordHasher hasher, ClientThrottle clients, AuditLog audit, Clock clock,
                @Value("${panel.security.password-login:true}") boolean passwordLogin,
                @Value("${panel.security.break-glass-admin:}") String breakGlassAdmin) {
        this.users = users;
        this.hasher = hasher;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
        this.passwordLogin = passwordLogin;
        this.breakGlassAdmin = breakGlassAdmin.trim().toLowerCase();
    }

    /** A sign-in from an unknown client, as in tests and from code that has no address to give. */
    @Transactional
    public LoginResult login(String username, String password) {
        return login(username, password, null);
    }

    /**
     * Checks a username and password. Wrong passwords count against the account and, past
     * {@link LoginThrottle#FREE_ATTEMPTS}, lock it for a growing while; they also count against the client
     * ({@link ClientThrottle}), which past its limit is refused for every account. Every refusal costs one bcrypt check,
     * like an accepted sign-in, and gives the same answer, so that neither its text nor its time tells an unknown name,
     * a locked account and a wrong password apart.
     */
    @Transactional
    public LoginResult login(String username, String password, String client) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.trim().toLowerCase();
        if (clients.isBlocked(client)) {
            hasher.checkAgainstDecoy(password);
            return refused(name, null, "too many failed sign-ins from this client");
        }
        Optional<User> found = users.findByUsername(name);
        if (found.isEmpty()) {
            hasher.checkAgainstDecoy(password);
            clients.failed(client);
            return refused(name, null, "unknown account");
        }
        User user = found.get();
        if (!passwordLogin && !name.equals(breakGlassAdmin)) {
            hasher.checkAgainstDecoy(password);
            return refused(name, name, "password sign-in is turned off; only the break-glass admin may use it");
        }
        if (user.isLockedAt(now)) {
            hasher.checkAgainstDecoy(password);
            clients.failed(client);
            return refused(name, name, user.enabled() ? "account locked" : "account deactivated");
        }
        if (!hasher.matches(password, user.passwordHash())) {
            users.update(user.afterFailedLogin(now));
            clients.failed(client);
            return refused(name, name, user.hasPassword() ? "wrong password" : "no password set");
        }
        User signedIn = user.afterSignIn(now);
        if (hasher.needsRehash(user.passwordHash())) {
            signedIn = signedIn.withPasswordHash(hasher.hash(password));
            audit.record(name, "password.rehashed", name, "at a higher bcrypt cost");
        }
        signedIn = users.update(signedIn);
        audit.record(name, "login", name, null);
        return new LoginResult.Accepted(signedIn);
    }

    private LoginResult refused(String name, String actor, String reason) {
        audit.record(actor, "login.refused", name, reason);
        LOG.debug("Sign-in refused for {}: {}", name, reason);
        return new LoginResult.Refused();
    }

    /** Whether the login form takes passwords from everyone, or only from the break-glass admin. */
    public boolean passwordLoginForEveryone() {
        return passwordLogin;
    }

    /** Records that a person ended their session themselves (the UI's "Sign out"). */
    @Transactional
    public void signedOut(String username) {
        audit.record(username, "logout", username, null);
    }

    /** Creates an account with the password given, which must meet {@link PasswordPolicy}. */
    @Transactional
    public User create(NewUser request) {
        PasswordPolicy.check(request.password());
        return create(request, hasher.hash(request.password()), null);
    }

    /** Creates several accounts, hashing each distinct password once (bcrypt is deliberately slow). */
    @Transactional
    public List<User> createAll(List<NewUser> requests) {
        requests.forEach(request -> PasswordPolicy.check(request.password()));
        return createUnchecked(requests);
    }

    /** For the demo accounts, whose published password is short on purpose: they exist only in demo mode. */
    @Transactional
    List<User> createUnchecked(List<NewUser> requests) {
        Map<String, String> hashes = new HashMap<>();
        return requests.stream()
                .map(request -> create(request, hashes.computeIfAbsent(request.password(), hasher::hash), null))
                .toList();
    }

    /**
     * Checks and saves a new account; {@code passwordHash} null for an invited person. {@code by} is the admin who made
     * it (null when Panel did, at first start).
     */
    User create(NewUser request, String passwordHash, Actor by) {
        String name = AccountRules.username(request.username());
        if (request.roles() == null || request.roles().isEmpty()) {
            throw new dev.panel.common.InvalidInputException("roles: a user needs at least one role.");
        }
        String email = AccountRules.email(request.email());
        String displayName = AccountRules.displayName(request.displayName(), name);
        if (users.findByUsername(name).isPresent()) {
            throw new dev.panel.common.ConflictException("username: there is already a user called " + name + ".");
        }
        if (users.findByEmail(email).isPresent()) {
            throw new dev.panel.common.ConflictException("email: " + email + " already belongs to another account.");
        }
        User saved = users.save(User.create(name, displayName, email, passwordHash, request.roles(), clock.instant()));
        audit.record(by == null ? null : by.username(), "user.created", name, "roles " + saved.roles());
        return saved;
    }

    @ReadOnly
    public Optional<User> find(long id) {
        return users.findById(id);
    }

    @ReadOnly
    public Optional<User> findByUsername(String username) {
        return users.findByUsername(username == null ? "" : username.trim().toLowerCase());
    }

    /** Users by id, for showing names; never their password hashes beyond this module. */
    @ReadOnly
    public Map<Long, User> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(Set.copyOf(ids)).stream().collect(Collectors.toMap(User::id, Function.identity()));
    }

    /** Everyone active who may interview, for assigning panels. */
    @ReadOnly
    public List<User> interviewers() {
        return users.findAll().stream().filter(u -> u.enabled()
                && (u.roles().contains(Role.INTERVIEWER) || u.roles().contains(Role.HIRING_MANAGER))).toList();
    }

    /** The active accounts holding the role (admins included only when they hold it themselves). */
    @ReadOnly
    public List<User> withRole(Role role) {
        return users.findAll().stream().filter(u -> u.enabled() && u.roles().contains(role)).toList();
    }

    @ReadOnly
    public long count() {
        return users.count();
    }
}
