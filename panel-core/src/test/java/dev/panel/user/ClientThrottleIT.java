package dev.panel.user;

import dev.panel.testing.DatabaseTest;
import dev.panel.testing.Names;
import dev.panel.testing.TestClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client guessing passwords across many accounts is stopped before it can lock them all, and only that client is:
 * the same account from another address still signs in. Here with a limit of 12 failures in 15 minutes.
 */
@MicronautTest(startApplication = false, transactional = false)
class ClientThrottleIT implements DatabaseTest {

    static final String PASSPHRASE = "harbour pepper quilt";

    @Inject
    UserService users;
    @Inject
    TestClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(DatabaseTest.super.getProperties());
        properties.put("panel.security.client-failure-limit", "12");
        return properties;
    }

    @Test
    void a_client_past_its_limit_is_refused_for_every_account_without_locking_more_of_them() {
        String attacker = "203.0.113." + (int) (Math.random() * 200 + 1) + "-" + Names.unique("c");
        List<User> victims = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            victims.add(users.create(new NewUser(Names.unique("victim"), "Victim " + i, PASSPHRASE, Set.of(Role.INTERVIEWER))));
        }
        // twelve guesses spread over six accounts use the client's allowance
        for (int round = 0; round < 2; round++) {
            for (User victim : victims) {
                users.login(victim.username(), "guess " + round, attacker);
            }
        }
        // from now on the client's guesses are refused and no longer count against the accounts
        for (int round = 0; round < 10; round++) {
            for (User victim : victims) {
                assertThat(users.login(victim.username(), "guess " + round, attacker)).isInstanceOf(LoginResult.Refused.class);
            }
        }

        for (User victim : victims) {
            assertThat(users.findByUsername(victim.username()).orElseThrow().failedLogins()).as("failures counted").isEqualTo(2);
            assertThat(users.login(victim.username(), PASSPHRASE, "198.51.100.7-" + victim.username()))
                    .as("the account from elsewhere").isInstanceOf(LoginResult.Accepted.class);
        }
        assertThat(users.login(victims.get(0).username(), PASSPHRASE, attacker)).as("even the right password, from the blocked client")
                .isInstanceOf(LoginResult.Refused.class);

        clock.advance(Duration.ofMinutes(16));
        assertThat(users.login(victims.get(0).username(), PASSPHRASE, attacker)).as("after the window").isInstanceOf(LoginResult.Accepted.class);
    }
}
