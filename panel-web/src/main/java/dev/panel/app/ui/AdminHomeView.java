package dev.panel.app.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.panel.admin.ui.AuditLogView;
import dev.panel.user.ui.PeopleView;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

@Prototype
@Route(value = "admin", layout = MainLayout.class)
@PageTitle("Administration · Panel")
@RolesAllowed("ADMIN")
public class AdminHomeView extends HomePage {

    AdminHomeView() {
        super("Administration", "Bring people in and manage their roles, and read the audit log.");
        UnorderedList tools = new UnorderedList(
                new ListItem(new RouterLink("People: add people, send invitation links, change roles, deactivate", PeopleView.class)),
                new ListItem(new RouterLink("Audit log: who did what, when", AuditLogView.class)));
        tools.setId("admin-tools");
        add(tools);
        comingNext("Retention and privacy settings (today: PANEL_RETENTION_DAYS)");
    }
}
