package dev.panel.security;

import dev.panel.user.Role;
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

/**
 * Presents the session's {@link SignedInUser} as the servlet request's principal and roles, which is what
 * Vaadin's {@code NavigationAccessControl} checks {@code @RolesAllowed} and {@code @PermitAll} against.
 * The session is read on every call, so a login or logout inside a request takes effect at once.
 */
public class SignedInUserFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            chain.doFilter(new SessionUserRequest(http), response);
        } else {
            chain.doFilter(request, response);
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
