package dev.panel.user;

import java.util.Set;

/** What it takes to create an account. */
public record NewUser(String username, String displayName, String password, Set<Role> roles) {
}
