package dev.panel.user;

import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.Names;
import dev.panel.testing.TestClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
class UserServiceIT implements DatabaseTest {

    @Inject
    UserService users;
    @Inject
    ApiTokenService tokens;
    @Inject
    TestClock clock;

    private User newInterviewer(String password) {
        return users.create(new NewUser(Names.unique("iv"), "Ivy Interviewer", password, Set.of(Role.INTERVIEWER)));
    }

    @Test
    void a_new_user_signs_in_with_their_password_which_is_stored_only_as_a_bcrypt_hash() {
        User created = newInterviewer("correct horse");

        assertThat(created.passwordHash()).startsWith("$2a$").doesNotContain("correct horse");
        assertThat(users.login(created.username(), "correct horse")).isInstanceOf(LoginResult.Accepted.class);
        assertThat(users.login(created.username().toUpperCase(), "correct horse"))
                .as("usernames are not case-sensitive").isInstanceOf(LoginResult.Accepted.class);
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_refusal() {
        User created = newInterviewer("correct horse");

        assertThat(users.login(created.username(), "wrong horse")).isInstanceOf(LoginResult.Refused.class);
        assertThat(users.login(Names.unique("nobody"), "correct horse")).isInstanceOf(LoginResult.Refused.class);
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_until_the_wait_is_over() {
        User created = newInterviewer("correct horse");
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            assertThat(users.login(created.username(), "guess " + i)).isInstanceOf(LoginResult.Refused.class);
        }

        assertThat(users.login(created.username(), "correct horse")).isInstanceOf(LoginResult.Refused.class);

        clock.advance(LoginThrottle.FIRST_DELAY.plus(Duration.ofSeconds(1)));
        assertThat(users.login(created.username(), "correct horse")).isInstanceOf(LoginResult.Accepted.class);
        assertThat(users.findByUsername(created.username()).orElseThrow().failedLogins()).isZero();
    }

    @Test
    void a_second_user_with_the_same_name_is_refused_with_a_clear_message() {
        User created = newInterviewer("correct horse");

        assertThatThrownBy(() -> users.create(new NewUser(created.username(), "Other", "another password", Set.of(Role.ADMIN))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already a user called " + created.username());
    }

    @Test
    void short_passwords_bad_usernames_and_users_without_roles_are_refused() {
        assertThatThrownBy(() -> newInterviewer("short")).isInstanceOf(InvalidInputException.class).hasMessageContaining("12 characters");
        assertThatThrownBy(() -> users.create(new NewUser("Bad Name!", "x", "long enough password", Set.of(Role.ADMIN))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("username");
        assertThatThrownBy(() -> users.create(new NewUser(Names.unique("norole"), "x", "long enough password", Set.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("role");
    }

    @Test
    void an_api_token_names_its_user_until_it_expires() {
        User created = newInterviewer("correct horse");
        ApiTokenService.IssuedToken issued = tokens.issue(created);

        assertThat(tokens.resolve(issued.token())).map(User::username).contains(created.username());
        assertThat(tokens.resolve(issued.token() + "x")).isEmpty();

        clock.advance(Duration.ofHours(13));
        assertThat(tokens.resolve(issued.token())).isEmpty();
    }
}
