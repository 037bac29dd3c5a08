package dev.panel.security;

import com.vaadin.flow.server.VaadinSession;
import dev.panel.user.User;

import java.util.Optional;

/** The signed-in user of the current UI request, and signing in and out. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> get() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        return session.getSession().getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** The signed-in user as the actor that services check rights against. */
    public static dev.panel.user.Actor actor() {
        SignedInUser user = require();
        return new dev.panel.user.Actor(user.id(), user.username(), user.roles());
    }

    public static SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is signed in"));
    }

    /**
     * Signs the user in to this session under a new session id, so that an id planted before login
     * (session fixation) is worthless afterwards.
     */
    public static void signIn(User user, jakarta.servlet.http.HttpServletRequest request) {
        request.changeSessionId();
        VaadinSession.getCurrent().getSession().setAttribute(SignedInUser.SESSION_ATTRIBUTE, SignedInUser.of(user));
    }

    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().invalidate();
        }
    }
}
