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
        VaadinSession.getCurrent().getSession().setAttribute(ReaderTime.SESSION_ATTRIBUTE, readerOf(user, request));
    }

    /** The same, from a plain servlet (the single sign-on callback), where there is no Vaadin session yet. */
    public static void signInFromServlet(User user, jakarta.servlet.http.HttpServletRequest request) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SignedInUser.SESSION_ATTRIBUTE, SignedInUser.of(user));
        request.getSession().setAttribute(ReaderTime.SESSION_ATTRIBUTE, readerOf(user, request));
    }

    /** The account's zone and locale, else the language the browser asks for; the browser's zone comes at the first page. */
    private static ReaderTime readerOf(User user, jakarta.servlet.http.HttpServletRequest request) {
        return ReaderTime.of(user.timeZone(), user.locale(), null, request.getHeader("Accept-Language") == null ? null : request.getLocale());
    }

    /**
     * After the person's own password change (which ended all their sessions): this session goes on, under a new id
     * and with the account's new epoch.
     */
    public static void renew(User user) {
        signIn(user, com.vaadin.flow.server.VaadinServletRequest.getCurrent().getHttpServletRequest());
    }

    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().invalidate();
        }
    }
}
