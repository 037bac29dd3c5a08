package dev.panel.testing;

import dev.panel.user.User;

/** A fresh account and an API client signed in as it. */
public record SignedIn(User user, PanelClient client) {

    public long id() {
        return user.id();
    }

    public String username() {
        return user.username();
    }
}
