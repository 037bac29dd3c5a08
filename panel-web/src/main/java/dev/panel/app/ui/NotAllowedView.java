package dev.panel.app.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;

/** A page the signed-in person's roles may not open (Vaadin's navigation access control refused it): 403. */
@Prototype
@AnonymousAllowed
public class NotAllowedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("Not allowed", "Your roles do not open " + address(event.getLocation().getPath())
                + ". If you need this page, ask an admin for the role that opens it.");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
