package dev.panel.app.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dev.panel.security.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;

/** The address {@code /}: sends each person to the home page of their role. */
@Prototype
@Route("")
@PermitAll
public class RootView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser.get().flatMap(RoleHome::firstFor).ifPresentOrElse(
                home -> event.forwardTo(home.route),
                () -> setText("Your account has no role yet. Ask an admin to give you one."));
    }
}
