package dev.panel.user;

import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Accounts: creating them and checking a login. */
@Singleton
public class UserService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UserService.class);

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    UserService(UserRepository users, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks a username and password. Wrong passwords count against the account and, past
     * {@link LoginThrottle#FREE_ATTEMPTS}, lock it for a growing while; a locked account is refused
     * without checking the password, with the same answer as a wrong one.
     */
    @Transactional
    public LoginResult login(String username, String password) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.trim().toLowerCase();
        Optional<User> found = users.findByUsername(name);
        if (found.isEmpty()) {
            hasher.checkAgainstDecoy(password);
            audit.record(null, "login.refused", name, "unknown account");
            LOG.debug("Sign-in refused for {}: {}", name, "unknown account");
            return new LoginResult.Refused();
        }
        User user = found.get();
        if (user.isLockedAt(now)) {
            audit.record(name, "login.refused", name, "account locked or disabled");
            LOG.debug("Sign-in refused for {}: {}", name, "account locked or disabled");
            return new LoginResult.Refused();
        }
        if (!hasher.matches(password, user.passwordHash())) {
            users.update(user.afterFailedLogin(now));
            audit.record(name, "login.refused", name, "wrong password");
            LOG.debug("Sign-in refused for {}: {}", name, "wrong password");
            return new LoginResult.Refused();
        }
        User loggedIn = user.failedLogins() == 0 ? user : users.update(user.afterSuccessfulLogin());
        audit.record(name, "login", name, null);
        return new LoginResult.Accepted(loggedIn);
    }

    /** Records that a person ended their session themselves (the UI's "Sign out"). */
    @Transactional
    public void signedOut(String username) {
        audit.record(username, "logout", username, null);
    }

    @Transactional
    public User create(NewUser request) {
        return create(request, hasher.hash(request.password()));
    }

    /** Creates several accounts, hashing each distinct password once (bcrypt is deliberately slow). */
    @Transactional
    public List<User> createAll(List<NewUser> requests) {
        Map<String, String> hashes = new HashMap<>();
        return requests.stream()
                .map(request -> create(request, hashes.computeIfAbsent(request.password(), hasher::hash)))
                .toList();
    }

    private User create(NewUser request, String passwordHash) {
        String name = request.username() == null ? "" : request.username().trim().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException("A username is 2 to 64 characters: lower-case letters, digits, dots, dashes or underscores.");
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            throw new InvalidInputException("A user needs at least one role.");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new ConflictException("There is already a user called " + name + ".");
        }
        String displayName = request.displayName() == null || request.displayName().isBlank() ? name : request.displayName().trim();
        User saved = users.save(User.create(name, displayName, passwordHash, request.roles(), clock.instant()));
        audit.record(null, "user.created", name, "roles " + saved.roles());
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
    public Map<Long, User> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(java.util.Set.copyOf(ids)).stream()
                .collect(java.util.stream.Collectors.toMap(User::id, java.util.function.Function.identity()));
    }

    /** Everyone who may interview, for assigning panels. */
    @ReadOnly
    public List<User> interviewers() {
        return users.findAll().stream().filter(u -> u.enabled() && u.roles().contains(Role.INTERVIEWER)
                || u.enabled() && u.roles().contains(Role.HIRING_MANAGER)).toList();
    }

    @ReadOnly
    public long count() {
        return users.count();
    }
}
