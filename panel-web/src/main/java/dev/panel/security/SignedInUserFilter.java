package dev.panel.security;

import dev.panel.user.AccountSessions;
import dev.panel.user.Role;
import dev.panel.user.User;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * Presents the session's {@link SignedInUser} as the servlet request's principal and roles, which is what
 * Vaadin's {@code NavigationAccessControl} checks {@code @RolesAllowed} and {@code @PermitAll} against.
 * The session is read on every call, so a login or logout inside a request takes effect at once.
 * <p>
 * Before each request of a signed-in session (but for static files), the account is read again: a session of a
 * deactivated account, or one opened before the account's sessions were ended, ends here, so the person's next click
 * is refused on whichever Panel instance serves it; changed roles or a changed name take effect at the next request.
 */
public class SignedInUserFilter implements Filter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SignedInUserFilter.class);
    /** After the database failed to answer, how long sessions go unchecked (each check would wait for a connection). */
    private static final long UNCHECKED_AFTER_FAILURE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

    private final AccountSessions accounts;
    /** When the last check failed for want of the database; 0 while it answers. */
    private volatile long failedAt;

    public SignedInUserFilter(AccountSessions accounts) {
        this.accounts = accounts;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            if (!isStaticFile(http)) {
                recheck(http);
            }
            chain.doFilter(new SessionUserRequest(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isStaticFile(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/VAADIN/") || path.startsWith("/favicon") || path.startsWith("/icons/") || path.equals("/sw.js");
    }

    private void recheck(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            if (!(session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user)) {
                return;
            }
            if (failedAt != 0 && System.nanoTime() - failedAt < UNCHECKED_AFTER_FAILURE_NANOS) {
                return;
            }
            Optional<User> current;
            try {
                current = accounts.current(user.id(), user.epoch());
                failedAt = 0;
            } catch (RuntimeException unreachable) {
                // While the database is away nobody can deactivate anyone, and the page must keep what is typed
                // (see AutosaveOutageBrowserIT): the session goes on as it was, and is checked again shortly.
                failedAt = System.nanoTime();
                LOG.debug("Could not recheck a session: {}", unreachable.toString());
                return;
            }
            if (current.isEmpty()) {
                session.invalidate();
                return;
            }
            SignedInUser now = SignedInUser.of(current.get());
            if (!now.equals(user)) {
                session.setAttribute(SignedInUser.SESSION_ATTRIBUTE, now);
            }
        } catch (IllegalStateException invalidated) {
            // the session ended while this request arrived: there is no one to check
        }
    }

    private static final class SessionUserRequest extends HttpServletRequestWrapper {

        SessionUserRequest(HttpServletRequest request) {
            super(request);
        }

        private SignedInUser user() {
            HttpSession session = getSession(false);
            if (session == null) {
                return null;
            }
            try {
                return session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user ? user : null;
            } catch (IllegalStateException invalidated) {
                return null;
            }
        }

        /**
         * Micronaut's servlet engine reads a request attribute once more after the response is complete,
         * when Jetty has already let go of the request; there is nothing left to read then.
         */
        @Override
        public Object getAttribute(String name) {
            try {
                return super.getAttribute(name);
            } catch (NullPointerException released) {
                return null;
            }
        }

        @Override
        public Principal getUserPrincipal() {
            return user();
        }

        @Override
        public String getRemoteUser() {
            SignedInUser user = user();
            return user == null ? null : user.username();
        }

        @Override
        public boolean isUserInRole(String role) {
            SignedInUser user = user();
            if (user == null) {
                return false;
            }
            try {
                return user.mayActAs(Role.valueOf(role));
            } catch (IllegalArgumentException unknownRole) {
                return false;
            }
        }
    }
}
