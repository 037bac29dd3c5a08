package dev.panel.user;

import io.micronaut.core.annotation.Nullable;

/**
 * What to look for on the People page; every part is optional. {@code text} matches anywhere in the username, name or
 * email; {@code active} null means both active and deactivated accounts.
 */
public record AccountFilter(@Nullable String text, @Nullable Role role, @Nullable Boolean active) {

    public static AccountFilter all() {
        return new AccountFilter(null, null, null);
    }
}
