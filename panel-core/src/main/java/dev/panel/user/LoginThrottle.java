package dev.panel.user;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an account waits after repeated wrong passwords. The first {@link #FREE_ATTEMPTS} failures
 * cost nothing; from then on each failure doubles the wait, from {@link #FIRST_DELAY} up to
 * {@link #LONGEST_DELAY}. A correct password after the wait resets the count.
 */
public final class LoginThrottle {

    public static final int FREE_ATTEMPTS = 5;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    public static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** When the account may try again after its {@code failures}-th consecutive failure; {@code null} if at once. */
    public static Instant lockedUntil(int failures, Instant failedAt) {
        if (failures < FREE_ATTEMPTS) {
            return null;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        if (delay.compareTo(LONGEST_DELAY) > 0) {
            delay = LONGEST_DELAY;
        }
        return failedAt.plus(delay);
    }
}
