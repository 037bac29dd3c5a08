package dev.panel.app.ui;

import dev.panel.security.SignedInUser;
import dev.panel.user.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Each role's home page, by its route (named, not imported: the views name no layout and the layout names no view). */
enum RoleHome {
    HIRING_MANAGER(Role.HIRING_MANAGER, "hiring"),
    INTERVIEWER(Role.INTERVIEWER, "interviews"),
    RECRUITER(Role.RECRUITER, "recruiting"),
    ADMIN(Role.ADMIN, "admin");

    final Role role;
    final String route;

    RoleHome(Role role, String route) {
        this.role = role;
        this.route = route;
    }

    /** The homes a user may open, their own roles first. */
    static List<RoleHome> openTo(SignedInUser user) {
        return Arrays.stream(values())
                .filter(home -> user.mayActAs(home.role))
                .sorted((a, b) -> Boolean.compare(!user.roles().contains(a.role), !user.roles().contains(b.role)))
                .toList();
    }

    static Optional<RoleHome> firstFor(SignedInUser user) {
        return openTo(user).stream().findFirst();
    }

    /** Whether the navigation shows this path: a role's home only to those who may act in that role, anything else always. */
    static boolean shownTo(SignedInUser user, String path) {
        String route = path.startsWith("/") ? path.substring(1) : path;
        return Arrays.stream(values()).filter(home -> home.route.equals(route)).allMatch(home -> user.mayActAs(home.role));
    }

    /** Whether this path (with or without its leading slash) is the home of one of the user's own roles. */
    static boolean isOwnHome(SignedInUser user, String path) {
        String route = path.startsWith("/") ? path.substring(1) : path;
        return Arrays.stream(values()).anyMatch(home -> home.route.equals(route) && user.roles().contains(home.role));
    }
}
