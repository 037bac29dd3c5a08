package dev.panel.user;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * What it takes to create an account. Without a password, the person is invited and sets one through a link (or signs
 * in with the identity provider).
 */
public record NewUser(String username, String displayName, String email, @Nullable String password, Set<Role> roles) {

    /** The address of an account Panel makes for itself (demo accounts, tests): {@code username@panel.example}. */
    public static final String EXAMPLE_DOMAIN = "panel.example";

    /** An account with a password and an address in {@link #EXAMPLE_DOMAIN}. */
    public NewUser(String username, String displayName, String password, Set<Role> roles) {
        this(username, displayName, username == null ? null : username.trim().toLowerCase() + "@" + EXAMPLE_DOMAIN, password, roles);
    }
}
