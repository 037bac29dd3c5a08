package dev.panel.user;

import dev.panel.common.InvalidInputException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a username, a name, an email address, a time zone and a locale must look like; each refusal names the field. */
final class AccountRules {

    static final int NAME_LIMIT = 128;
    static final int EMAIL_LIMIT = 254;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    /** Deliberately loose (a local part, an @, a domain with a dot): the mail server is the judge of the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private AccountRules() {
    }

    static String username(String raw) {
        String name = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException("username: a username is 2 to 64 characters: lower-case letters, digits, dots, "
                    + "dashes or underscores, starting with a letter or digit.");
        }
        return name;
    }

    static String displayName(String raw, String fallback) {
        String name = raw == null || raw.isBlank() ? fallback : raw.strip();
        if (name.length() > NAME_LIMIT) {
            throw new InvalidInputException("displayName: a name can be at most " + NAME_LIMIT + " characters long.");
        }
        return name;
    }

    static String email(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new InvalidInputException("email: every account needs an email address.");
        }
        if (email.length() > EMAIL_LIMIT) {
            throw new InvalidInputException("email: an email address can be at most " + EMAIL_LIMIT + " characters long.");
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("email: '" + abbreviated(raw.strip()) + "' is not an email address (name@example.org).");
        }
        return email;
    }

    /** A zone id such as Europe/Berlin; null or blank means none chosen. */
    static String timeZone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(raw.strip()).getId();
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone: '" + abbreviated(raw.strip()) + "' is not a time zone (for example Europe/Berlin).");
        }
    }

    /**
     * A BCP 47 language tag such as en-GB or de; null or blank means none chosen. Known means an ISO 639 language and,
     * if given, an ISO 3166 country: a tag Java would quietly read as "undetermined" is refused instead.
     */
    static String locale(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(raw.strip().replace('_', '-'));
        boolean knownLanguage = ISO_LANGUAGES.contains(locale.getLanguage());
        boolean knownCountry = locale.getCountry().isEmpty() || ISO_COUNTRIES.contains(locale.getCountry());
        if (!knownLanguage || !knownCountry) {
            throw new InvalidInputException("locale: '" + abbreviated(raw.strip()) + "' is not a language and region Panel knows "
                    + "(for example en-GB, en-US or de-DE).");
        }
        return locale.toLanguageTag();
    }

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
