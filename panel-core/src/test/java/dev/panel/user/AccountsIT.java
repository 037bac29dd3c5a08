package dev.panel.user;

import dev.panel.common.ConflictException;
import dev.panel.common.GoneException;
import dev.panel.common.InvalidInputException;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.Names;
import dev.panel.testing.TestClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts against the real database: invitation and reset links, deactivation, password changes, rehashing. */
@MicronautTest(startApplication = false, transactional = false)
class AccountsIT implements DatabaseTest {

    static final String PASSPHRASE = "orchard violet tugboat";

    @Inject
    UserService users;
    @Inject
    AccountService accounts;
    @Inject
    AccountLinkService links;
    @Inject
    AccountSessions sessions;
    @Inject
    MyAccountService myAccount;
    @Inject
    ApiTokenService tokens;
    @Inject
    UserRepository repository;
    @Inject
    TestClock clock;

    Actor admin;

    /** One step above the suite's cost, so that a hash at the suite's (the minimum) is one to make again. */
    @Override
    public java.util.Map<String, String> getProperties() {
        java.util.Map<String, String> properties = new java.util.HashMap<>(DatabaseTest.super.getProperties());
        properties.put("panel.security.bcrypt-cost", "11");
        return properties;
    }

    @BeforeAll
    void anAdmin() {
        admin = Actor.of(users.create(new NewUser(Names.unique("admin"), "Ada", "admin passphrase here", Set.of(Role.ADMIN))));
    }

    private User invited(Role role) {
        String username = Names.unique("person");
        return accounts.create(admin, new NewUser(username, "Pat Person", username + "@example.org", null, Set.of(role)));
    }

    @Test
    void an_invitation_works_once_and_only_the_newest_link_of_a_person_works() {
        User person = invited(Role.INTERVIEWER);
        AccountLinkService.IssuedLink first = links.invite(admin, person.id());
        AccountLinkService.IssuedLink second = links.invite(admin, person.id());

        assertThatThrownBy(() -> links.redeem(first.token(), PASSPHRASE)).isInstanceOf(GoneException.class)
                .hasMessageContaining("newer one");
        assertThat(links.inspect(second.token()).invitation()).isTrue();
        User set = links.redeem(second.token(), PASSPHRASE);

        assertThat(set.hasPassword()).isTrue();
        assertThat(users.login(person.username(), PASSPHRASE)).isInstanceOf(LoginResult.Accepted.class);
        assertThatThrownBy(() -> links.redeem(second.token(), "another passphrase here")).isInstanceOf(GoneException.class)
                .hasMessageContaining("already been used");
        assertThatThrownBy(() -> links.invite(admin, person.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("password reset");
    }

    @Test
    void a_link_expires_after_seventy_two_hours_and_an_unknown_one_is_not_valid() {
        User person = invited(Role.RECRUITER);
        AccountLinkService.IssuedLink link = links.invite(admin, person.id());
        assertThat(Duration.between(clock.instant(), link.expiresAt())).isBetween(Duration.ofHours(72).minusMinutes(1), Duration.ofHours(72));

        clock.advance(Duration.ofHours(72));

        assertThatThrownBy(() -> links.redeem(link.token(), PASSPHRASE)).isInstanceOf(GoneException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> links.redeem("no-such-link", PASSPHRASE)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not valid");
        assertThat(repository.findById(person.id()).orElseThrow().hasPassword()).isFalse();
    }

    @Test
    void deactivating_someone_ends_their_sessions_and_tokens_and_refuses_their_sign_in() {
        User person = invited(Role.INTERVIEWER);
        User withPassword = links.redeem(links.invite(admin, person.id()).token(), PASSPHRASE);
        ApiTokenService.IssuedToken token = tokens.issue(withPassword);
        assertThat(sessions.current(person.id(), withPassword.sessionEpoch())).isPresent();

        accounts.change(admin, person.id(), new AccountChange(null, null, null, false));

        assertThat(sessions.current(person.id(), withPassword.sessionEpoch())).as("the open UI session").isEmpty();
        assertThat(tokens.resolve(token.token())).as("the API token").isEmpty();
        assertThat(users.login(person.username(), PASSPHRASE)).isInstanceOf(LoginResult.Refused.class);
        assertThatThrownBy(() -> links.reset(admin, person.id())).isInstanceOf(ConflictException.class).hasMessageContaining("deactivated");
    }

    @Test
    void changing_ones_password_needs_the_current_one_and_ends_the_other_sessions_and_tokens() {
        User person = links.redeem(links.invite(admin, invited(Role.HIRING_MANAGER).id()).token(), PASSPHRASE);
        Actor me = Actor.of(person);
        ApiTokenService.IssuedToken token = tokens.issueNamed(me, "nightly export", Duration.ofDays(30));

        assertThatThrownBy(() -> myAccount.changePassword(me, "not my password", "a brand new passphrase"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("currentPassword");
        assertThat(tokens.resolve(token.token())).isPresent();

        User changed = myAccount.changePassword(me, PASSPHRASE, "a brand new passphrase");

        assertThat(changed.sessionEpoch()).isGreaterThan(person.sessionEpoch());
        assertThat(sessions.current(person.id(), person.sessionEpoch())).isEmpty();
        assertThat(sessions.current(person.id(), changed.sessionEpoch())).as("the session that renews itself").isPresent();
        assertThat(tokens.resolve(token.token())).isEmpty();
        assertThat(users.login(person.username(), "a brand new passphrase")).isInstanceOf(LoginResult.Accepted.class);
    }

    @Test
    void a_named_token_is_listed_for_its_owner_only_and_revoked_one_by_one() {
        Actor owner = Actor.of(users.create(new NewUser(Names.unique("owner"), "Olga", PASSPHRASE, Set.of(Role.RECRUITER))));
        Actor other = Actor.of(users.create(new NewUser(Names.unique("other"), "Omar", PASSPHRASE, Set.of(Role.RECRUITER))));
        ApiTokenService.IssuedToken kept = tokens.issueNamed(owner, "weekly report", Duration.ofDays(7));
        ApiTokenService.IssuedToken revoked = tokens.issueNamed(owner, "old laptop", Duration.ofDays(7));

        assertThat(tokens.heldBy(owner)).extracting(ApiToken::name).containsExactlyInAnyOrder("weekly report", "old laptop");
        assertThat(tokens.heldBy(other)).isEmpty();
        assertThatThrownBy(() -> tokens.revoke(other, revoked.id())).hasMessageContaining("no token");

        tokens.revoke(owner, revoked.id());

        assertThat(tokens.resolve(revoked.token())).isEmpty();
        assertThat(tokens.resolve(kept.token())).isPresent();
        assertThat(tokens.heldBy(owner)).extracting(ApiToken::name).containsExactly("weekly report");
    }

    @Test
    void a_hash_made_at_a_lower_cost_is_made_again_at_the_configured_cost_on_sign_in() {
        User person = users.create(new NewUser(Names.unique("legacy"), "Leo", PASSPHRASE, Set.of(Role.INTERVIEWER)));
        repository.update(person.withPasswordHash(new PasswordHasher(PasswordHasher.MINIMUM_COST).hash(PASSPHRASE)));
        assertThat(repository.findById(person.id()).orElseThrow().passwordHash()).startsWith("$2a$10$");

        assertThat(users.login(person.username(), PASSPHRASE)).isInstanceOf(LoginResult.Accepted.class);

        String rehashed = repository.findById(person.id()).orElseThrow().passwordHash();
        assertThat(rehashed).startsWith("$2a$11$");
        assertThat(users.login(person.username(), PASSPHRASE)).isInstanceOf(LoginResult.Accepted.class);
    }

    @Test
    void the_browsers_zone_and_locale_are_kept_until_the_person_chooses_their_own() {
        Actor me = Actor.of(users.create(new NewUser(Names.unique("reader"), "Rosa", PASSPHRASE, Set.of(Role.INTERVIEWER))));

        User adopted = myAccount.adoptBrowserSettings(me, "Europe/Berlin", "de-DE");
        assertThat(adopted.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(adopted.locale()).isEqualTo("de-DE");

        User chosen = myAccount.updateProfile(me, "Rosa", adopted.email(), "America/New_York", "en-GB");
        assertThat(myAccount.adoptBrowserSettings(me, "Asia/Tokyo", "ja-JP")).isEqualTo(chosen);
        assertThat(myAccount.updateProfile(me, "Rosa R.", chosen.email(), "America/New_York").locale()).isEqualTo("en-GB");
        assertThatThrownBy(() -> myAccount.updateProfile(me, "Rosa", chosen.email(), "UTC", "xx-??"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("locale: ");
    }
}
