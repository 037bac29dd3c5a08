package dev.panel.user;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/**
 * Hashes and checks passwords with bcrypt (the {@code at.favre.lib:bcrypt} library). The cost is
 * configurable ({@code panel.security.bcrypt-cost}) but never below {@link #MINIMUM_COST}.
 */
@Singleton
public class PasswordHasher {

    public static final int MINIMUM_COST = 10;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAXIMUM_BYTES = 72;

    private final int cost;
    /** Made on first use, not at start-up: one bcrypt hash costs about a tenth of a second. */
    private volatile String decoyHash;

    PasswordHasher(@Value("${panel.security.bcrypt-cost:11}") int cost) {
        if (cost < MINIMUM_COST) {
            throw new IllegalArgumentException("panel.security.bcrypt-cost must be at least " + MINIMUM_COST + ", was " + cost);
        }
        this.cost = cost;
    }

    public String hash(String password) {
        checkLength(password);
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    /**
     * Whether the password fits the hash. An account without a hash (invited, or single sign-on only) is checked against
     * the decoy, so that it takes as long as any other refusal.
     */
    public boolean matches(String password, String hash) {
        if (hash == null || hash.isEmpty()) {
            checkAgainstDecoy(password);
            return false;
        }
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            checkAgainstDecoy("");
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    /** Whether a hash was made with a lower cost than the configured one, and should be made again at the next sign-in. */
    public boolean needsRehash(String hash) {
        if (hash == null || hash.length() < 7 || hash.charAt(0) != '$') {
            return false;
        }
        try {
            return Integer.parseInt(hash.substring(4, 6)) < cost;
        } catch (NumberFormatException notBcrypt) {
            return false;
        }
    }

    /**
     * Spends the same time as a real check, so that an unknown username, a locked or deactivated account, or one without
     * a password cannot be told from a wrong password by how long the refusal takes.
     */
    void checkAgainstDecoy(String password) {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = BCrypt.withDefaults().hashToString(cost, "decoy-password".toCharArray());
            decoyHash = decoy;
        }
        String candidate = password == null || password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES ? "" : password;
        BCrypt.verifyer().verify(candidate.toCharArray(), decoy);
    }

    /** Only what bcrypt needs; what a person may choose is {@link PasswordPolicy}'s to say. */
    static void checkLength(String password) {
        if (password == null || password.isEmpty()) {
            throw new dev.panel.common.InvalidInputException("A password cannot be empty.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            throw new dev.panel.common.InvalidInputException("A password can be at most " + MAXIMUM_BYTES + " bytes long.");
        }
    }
}
