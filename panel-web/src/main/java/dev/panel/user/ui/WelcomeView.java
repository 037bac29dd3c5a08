package dev.panel.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.panel.common.PanelException;
import dev.panel.security.PublicAddress;
import dev.panel.security.CurrentUser;
import dev.panel.user.AccountLinkService;
import dev.panel.user.PasswordPolicy;
import dev.panel.user.User;
import dev.panel.security.ReaderTime;
import io.micronaut.context.annotation.Prototype;

/**
 * Where an invitation or password-reset link leads: the person chooses a password and is signed in. A used, expired
 * or unknown link gets one sentence saying what to do, and nothing else.
 */
@Prototype
@Route(value = PublicAddress.WELCOME_ROUTE + "/:token", autoLayout = false)
@PageTitle("Welcome · Panel")
@AnonymousAllowed
public class WelcomeView extends VerticalLayout implements BeforeEnterObserver {

    private final AccountLinkService links;

    WelcomeView(AccountLinkService links) {
        // outside the main layout, the page itself is the main landmark (screen readers jump to it)
        getElement().setAttribute("role", "main");
        this.links = links;
        setMaxWidth("34rem");
        getStyle().set("margin", "0 auto");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        try {
            show(token, links.inspect(token));
        } catch (PanelException refused) {
            H1 heading = new H1("This link cannot be used");
            heading.setId("home-heading");
            Paragraph why = new Paragraph(refused.getMessage());
            why.setId("welcome-problem");
            add(heading, why, new Anchor("/login", "Go to the sign-in page"));
        }
    }

    private void show(String token, AccountLinkService.LinkHolder holder) {
        H1 heading = new H1(holder.invitation() ? "Welcome to Panel, " + holder.displayName() : "Choose a new password");
        heading.setId("home-heading");
        Paragraph about = new Paragraph((holder.invitation() ? "Choose a password for your account " : "Choose a new password for ")
                + holder.username() + ". At least " + PasswordPolicy.MINIMUM_LENGTH + " characters; a few unrelated words "
                + "make a good one. This link works once, until " + ReaderTime.current().moment(holder.expiresAt()) + ".");
        PasswordField password = new PasswordField("Password");
        password.setId("welcome-password");
        password.setWidthFull();
        password.setMinLength(PasswordPolicy.MINIMUM_LENGTH);
        PasswordField repeat = new PasswordField("The same password again");
        repeat.setId("welcome-repeat");
        repeat.setWidthFull();
        Paragraph problem = new Paragraph();
        problem.setId("welcome-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.getElement().setAttribute("role", "alert");
        Button save = new Button("Set password and sign in", e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two passwords differ.");
                repeat.setInvalid(true);
                return;
            }
            repeat.setInvalid(false);
            try {
                User user = links.redeem(token, password.getValue());
                CurrentUser.signIn(user, VaadinServletRequest.getCurrent().getHttpServletRequest());
                getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
            } catch (PanelException refused) {
                problem.setText(AccountForm.withoutField(refused.getMessage()));
            }
        });
        save.setId("welcome-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(heading, about, password, repeat, problem, save);
    }
}
