package dev.panel.user;

/** The outcome of a login attempt. A refusal never says whether the name, the password or the throttle was the reason. */
public sealed interface LoginResult {

    record Accepted(User user) implements LoginResult {
    }

    record Refused() implements LoginResult {
    }

    /** The one message shown for every refused login. */
    String REFUSED_MESSAGE = "Incorrect username or password, or too many attempts. Check your details and try again in a minute.";
}
