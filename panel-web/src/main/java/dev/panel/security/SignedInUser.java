package dev.panel.security;

import dev.panel.user.Role;
import dev.panel.user.User;

import java.io.Serializable;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The person behind a UI session; kept in the HTTP session, so it holds no secrets. {@code epoch} is the account's
 * session epoch when the session was opened: once the account's is higher, the session has ended.
 */
public record SignedInUser(long id, String username, String displayName, Set<Role> roles, int epoch) implements Principal, Serializable {

    /** The HTTP-session attribute holding the signed-in user. */
    public static final String SESSION_ATTRIBUTE = "dev.panel.signed-in-user";

    public SignedInUser {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static SignedInUser of(User user) {
        return new SignedInUser(user.id(), user.username(), user.displayName(), user.roles(), user.sessionEpoch());
    }

    /** Admins may do everything any role may. */
    public boolean mayActAs(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    @Override
    public String getName() {
        return username;
    }
}
