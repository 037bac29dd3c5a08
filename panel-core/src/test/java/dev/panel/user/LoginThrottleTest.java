package dev.panel.user;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void the_first_failures_cost_nothing() {
        for (int failures = 1; failures < LoginThrottle.FREE_ATTEMPTS; failures++) {
            assertThat(LoginThrottle.lockedUntil(failures, NOW)).as("after %d failures", failures).isNull();
        }
    }

    @Test
    void the_fifth_failure_locks_the_account_and_each_further_one_doubles_the_wait() {
        assertThat(LoginThrottle.lockedUntil(5, NOW)).isEqualTo(NOW.plus(LoginThrottle.FIRST_DELAY));
        assertThat(LoginThrottle.lockedUntil(6, NOW)).isEqualTo(NOW.plus(LoginThrottle.FIRST_DELAY.multipliedBy(2)));
        assertThat(LoginThrottle.lockedUntil(7, NOW)).isEqualTo(NOW.plus(LoginThrottle.FIRST_DELAY.multipliedBy(4)));
    }

    @Test
    void the_wait_never_exceeds_the_longest_delay() {
        assertThat(LoginThrottle.lockedUntil(60, NOW)).isEqualTo(NOW.plus(LoginThrottle.LONGEST_DELAY));
    }

    @Test
    void a_user_is_locked_while_the_wait_runs_and_free_after_it_and_after_a_success() {
        User user = User.create("dana", "Dana", "dana@panel.example", "hash", Set.of(Role.INTERVIEWER), NOW);
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            user = user.afterFailedLogin(NOW);
        }
        assertThat(user.isLockedAt(NOW.plusSeconds(1))).isTrue();
        assertThat(user.isLockedAt(NOW.plus(LoginThrottle.FIRST_DELAY).plus(Duration.ofMillis(1)))).isFalse();
        assertThat(user.afterSignIn(NOW).failedLogins()).isZero();
        assertThat(user.afterSignIn(NOW).isLockedAt(NOW)).isFalse();
    }

    @Test
    void a_disabled_user_is_always_locked() {
        User user = User.create("erin", "Erin", "erin@panel.example", "hash", Set.of(Role.ADMIN), NOW).withEnabled(false);
        assertThat(user.isLockedAt(NOW)).isTrue();
    }
}
