package dev.panel.app.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

@Prototype
@Route(value = "admin", layout = MainLayout.class)
@PageTitle("Administration · Panel")
@RolesAllowed("ADMIN")
public class AdminHomeView extends HomePage {

    AdminHomeView() {
        super("Administration", "Manage users and their roles, retention and privacy settings, and read the audit log.");
        comingNext("User management", "Retention and privacy settings");
    }
}
