package dev.panel.user;

import dev.panel.common.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * What a password a person chooses must be: at least {@link #MINIMUM_LENGTH} characters, at most
 * {@link PasswordHasher#MAXIMUM_BYTES} bytes (bcrypt reads no more), and not one of the common passwords that ship with
 * Panel ({@code common-passwords.txt.gz} beside this class: the entries of 12 characters or more of the top million of
 * Mark Burnett's ten-million password list, from OWASP SecLists), compared without regard to case.
 * This follows NIST SP 800-63B, section 5.1.1.2: a minimum length and a blocklist, no composition rules.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    private static final String LIST = "common-passwords.txt.gz";

    /** Read on first use (about 44,000 entries), then kept: it never changes while Panel runs. */
    private static volatile Set<String> common;

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy, with a sentence that says what to do instead. */
    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            throw new InvalidInputException("A password needs at least " + MINIMUM_LENGTH
                    + " characters. A few unrelated words make one that is long and easy to remember.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordHasher.MAXIMUM_BYTES) {
            throw new InvalidInputException("A password can be at most " + PasswordHasher.MAXIMUM_BYTES + " bytes long.");
        }
        if (isCommon(password)) {
            throw new InvalidInputException("This password is on a list of commonly used passwords, which are the first "
                    + "ones tried by anyone guessing. Choose another.");
        }
    }

    static boolean isCommon(String password) {
        return commonPasswords().contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> commonPasswords() {
        Set<String> loaded = common;
        if (loaded == null) {
            synchronized (PasswordPolicy.class) {
                loaded = common;
                if (loaded == null) {
                    loaded = load();
                    common = loaded;
                }
            }
        }
        return loaded;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing beside " + PasswordPolicy.class.getName());
            }
            Set<String> entries = new HashSet<>(64_000);
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    entries.add(line);
                }
            }
            return Set.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the list of common passwords", e);
        }
    }
}
