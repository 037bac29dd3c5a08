package dev.panel.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.inject.Singleton;

/**
 * Turns on Vaadin's navigation access control for every UI: a route opens only when its access
 * annotation ({@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}) lets the signed-in
 * user in; a route without one is closed to everybody. Anonymous visitors are sent to the login view.
 */
@Singleton
class ViewAccessControl implements VaadinServiceInitListener {

    /** The route of the sign-in view (named, not imported, so that security does not depend on a feature's UI). */
    static final String LOGIN_ROUTE = "login";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        NavigationAccessControl accessControl = new NavigationAccessControl();
        accessControl.setLoginView("/" + LOGIN_ROUTE);
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(accessControl));
    }
}
