package dev.panel.user;

import dev.panel.testing.DatabaseTest;
import dev.panel.testing.Names;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The account behind a verified OpenID Connect identity, against the real database. */
@MicronautTest(startApplication = false, transactional = false)
class SingleSignOnAccountsIT implements DatabaseTest {

    static final String ISSUER = "https://id.example.org/realms/acme";
    static final RoleMapping MAPPING = RoleMapping.parse("panel-admins:ADMIN,hiring:HIRING_MANAGER,staff:INTERVIEWER");

    @Inject
    SingleSignOnAccounts sso;
    @Inject
    UserService users;
    @Inject
    AccountService accounts;

    private static VerifiedIdentity identity(String subject, String email, boolean verified, String... groups) {
        return new VerifiedIdentity(ISSUER, subject, email, verified, email.substring(0, email.indexOf('@')), "Sam Single", List.of(groups));
    }

    private static User signedIn(SingleSignOnAccounts.Outcome outcome) {
        assertThat(outcome).isInstanceOf(SingleSignOnAccounts.Outcome.SignedIn.class);
        return ((SingleSignOnAccounts.Outcome.SignedIn) outcome).user();
    }

    private static String refusal(SingleSignOnAccounts.Outcome outcome) {
        assertThat(outcome).isInstanceOf(SingleSignOnAccounts.Outcome.Refused.class);
        return ((SingleSignOnAccounts.Outcome.Refused) outcome).message();
    }

    @Test
    void a_first_sign_in_makes_the_account_with_the_mapped_roles_and_later_ones_follow_the_claim() {
        String local = Names.unique("sam");
        User first = signedIn(sso.signIn(identity(Names.unique("sub"), local + "@example.org", true, "hiring", "staff"), MAPPING));

        assertThat(first.username()).isEqualTo(local);
        assertThat(first.roles()).containsExactlyInAnyOrder(Role.HIRING_MANAGER, Role.INTERVIEWER);
        assertThat(first.hasPassword()).isFalse();
        assertThat(first.signInMethod()).isEqualTo("Single sign-on");

        User later = signedIn(sso.signIn(new VerifiedIdentity(ISSUER, first.ssoSubject(), first.email(), true, local, "Sam Single",
                List.of("staff")), MAPPING));
        assertThat(later.id()).isEqualTo(first.id());
        assertThat(later.roles()).containsExactly(Role.INTERVIEWER);
    }

    @Test
    void someone_whose_groups_map_to_no_role_gets_an_account_without_roles() {
        User none = signedIn(sso.signIn(identity(Names.unique("sub"), Names.unique("nobody") + "@example.org", true, "contractors"), MAPPING));
        assertThat(none.roles()).isEmpty();
    }

    @Test
    void an_email_of_a_password_account_links_to_it_only_when_the_provider_verified_it() {
        User existing = users.create(new NewUser(Names.unique("pat"), "Pat Password", "a password passphrase", Set.of(Role.RECRUITER)));

        String refused = refusal(sso.signIn(identity(Names.unique("sub"), existing.email(), false), RoleMapping.parse("")));
        assertThat(refused).contains("has not verified");
        assertThat(users.find(existing.id()).orElseThrow().ssoSubject()).isNull();

        String subject = Names.unique("sub");
        User linked = signedIn(sso.signIn(identity(subject, existing.email(), true), RoleMapping.parse("")));
        assertThat(linked.id()).isEqualTo(existing.id());
        assertThat(linked.ssoSubject()).isEqualTo(subject);
        assertThat(linked.roles()).as("mapping off: roles stay as Panel has them").containsExactly(Role.RECRUITER);
        assertThat(linked.signInMethod()).isEqualTo("Single sign-on and password");
    }

    @Test
    void a_deactivated_account_is_refused_even_though_the_provider_says_yes() {
        User admin = users.create(new NewUser(Names.unique("admin"), "Ada", "admin passphrase here", Set.of(Role.ADMIN)));
        VerifiedIdentity identity = identity(Names.unique("sub"), Names.unique("gone") + "@example.org", true, "staff");
        User person = signedIn(sso.signIn(identity, MAPPING));
        accounts.change(Actor.of(admin), person.id(), new AccountChange(null, null, null, false));

        assertThat(refusal(sso.signIn(identity, MAPPING))).contains("deactivated");
    }

    @Test
    void a_taken_username_is_numbered_rather_than_reused() {
        User existing = users.create(new NewUser(Names.unique("kim"), "Kim One", "kim's passphrase here", Set.of(Role.INTERVIEWER)));
        VerifiedIdentity sameName = new VerifiedIdentity(ISSUER, Names.unique("sub"), Names.unique("kim2") + "@example.org", true,
                existing.username(), "Kim Two", List.of());

        User created = signedIn(sso.signIn(sameName, MAPPING));

        assertThat(created.id()).isNotEqualTo(existing.id());
        assertThat(created.username()).isEqualTo(existing.username() + "-2");
    }
}
