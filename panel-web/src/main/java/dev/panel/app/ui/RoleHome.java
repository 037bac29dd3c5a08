package dev.panel.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.panel.scorecard.ui.MyInterviewsView;
import dev.panel.security.SignedInUser;
import dev.panel.user.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Each role's home page: its route, its label in the navigation, its icon. */
enum RoleHome {
    HIRING_MANAGER(Role.HIRING_MANAGER, "hiring", "Hiring", HiringManagerHomeView.class, VaadinIcon.CLIPBOARD_USER),
    INTERVIEWER(Role.INTERVIEWER, "interviews", "My interviews", MyInterviewsView.class, VaadinIcon.COMMENTS_O),
    RECRUITER(Role.RECRUITER, "recruiting", "Recruiting", RecruiterHomeView.class, VaadinIcon.USERS),
    ADMIN(Role.ADMIN, "admin", "Administration", AdminHomeView.class, VaadinIcon.COG_O);

    final Role role;
    final String route;
    final String label;
    final Class<? extends Component> view;
    final VaadinIcon icon;

    RoleHome(Role role, String route, String label, Class<? extends Component> view, VaadinIcon icon) {
        this.role = role;
        this.route = route;
        this.label = label;
        this.view = view;
        this.icon = icon;
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
}
