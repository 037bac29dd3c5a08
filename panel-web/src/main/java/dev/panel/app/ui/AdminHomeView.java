package dev.panel.app.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

@Prototype
@Route("admin")
@Menu(title = "Administration", order = 4, icon = "vaadin:cog-o")
@PageTitle("Administration · Panel")
@RolesAllowed("ADMIN")
public class AdminHomeView extends HomePage {

    AdminHomeView() {
        super("Administration", "Bring people in and manage their roles, watch the notifications Panel sends, and read the audit log."
                + " An admin may also open every other role's pages.");
        tools(new Tool("admin/people", "People: add people, send invitation links, change roles, deactivate"),
                new Tool("admin/notifications", "Notifications: what Panel has sent, what failed and why, and retrying"),
                new Tool("admin/audit", "Audit log: who did what, when"));
        comingNext("Retention and privacy settings in the browser (today they are set with PANEL_RETENTION_DAYS)");
    }
}
