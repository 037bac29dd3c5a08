package dev.panel.user.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import dev.panel.security.ClientAddresses;
import dev.panel.security.CurrentUser;
import dev.panel.security.sso.SingleSignOnServlet;
import dev.panel.security.sso.SingleSignOnSettings;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.notification.Notification;
import dev.panel.user.DemoAccounts;
import dev.panel.user.DemoMode;
import dev.panel.user.LoginResult;
import dev.panel.user.UserService;
import io.micronaut.context.annotation.Prototype;

/**
 * Sign-in: with single sign-on configured, a "Sign in with <name>" button first, and the sentence of a single sign-on
 * that did not complete; the password form below it (folded away for the break-glass admin alone when password
 * sign-in is off). In demo mode it lists the demo accounts and their password.
 */
@Prototype
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Panel")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final UserService users;
    private final ClientAddresses clients;
    private final LoginForm form = new LoginForm();

    LoginView(UserService users, DemoMode demoMode, ClientAddresses clients, SingleSignOnSettings singleSignOn) {
        // outside the main layout, the page itself is the main landmark (screen readers jump to it)
        getElement().setAttribute("role", "main");
        this.users = users;
        this.clients = clients;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Could not sign in");
        i18n.getErrorMessage().setMessage(LoginResult.REFUSED_MESSAGE);
        i18n.getForm().setForgotPassword("Forgot your password?");
        form.setI18n(i18n);
        form.addLoginListener(event -> signIn(event.getUsername(), event.getPassword()));
        form.addForgotPasswordListener(event -> Notification.show(
                "Ask an admin to send you a password reset link: People → your name → Password reset link.", 8000,
                Notification.Position.MIDDLE));

        H1 brand = new H1("Panel");
        Paragraph tagline = new Paragraph("Structured interview panels: calibrated rubrics, independent scorecards, fair decisions.");
        tagline.addClassNames("text-secondary");
        add(brand, tagline);
        if (singleSignOn.isOn()) {
            add(singleSignOnFailure(), singleSignOnButton(singleSignOn.name()));
        }
        if (users.passwordLoginForEveryone()) {
            add(form);
        } else {
            // Single sign-on only; the break-glass admin's form stays one click away for when the provider is down.
            Details breakGlass = new Details("Break-glass admin sign-in", form);
            breakGlass.setId("break-glass");
            add(breakGlass);
        }
        if (demoMode.enabled()) {
            add(demoAccounts());
        }
    }

    private void signIn(String username, String password) {
        LoginResult result = users.login(username, password, clients.of(VaadinServletRequest.getCurrent().getHttpServletRequest()));
        if (result instanceof LoginResult.Accepted accepted) {
            CurrentUser.signIn(accepted.user(), VaadinServletRequest.getCurrent().getHttpServletRequest());
            // A full page load, so that the whole UI is built for the signed-in user under the new session id.
            getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
        } else {
            form.setError(true);
            form.setEnabled(true);
        }
    }

    private static Anchor singleSignOnButton(String providerName) {
        Button button = new Button("Sign in with " + providerName);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Anchor start = new Anchor(SingleSignOnServlet.START, button);
        // A plain page load: the browser leaves for the provider, which Vaadin's router must not intercept.
        start.setRouterIgnore(true);
        start.setId("sso-sign-in");
        return start;
    }

    /** Why the last single sign-on in this browser did not complete, if it did not; empty otherwise. */
    private static Paragraph singleSignOnFailure() {
        Paragraph sentence = new Paragraph();
        sentence.setId("sso-failure");
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        String failure = request == null ? null : SingleSignOnServlet.takeFailure(request.getHttpServletRequest().getSession(false));
        sentence.setVisible(failure != null);
        if (failure != null) {
            sentence.setText(failure);
            sentence.getStyle().set("max-width", "28rem").set("color", "var(--lumo-error-text-color)")
                    .set("background", "var(--lumo-error-color-10pct)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
        }
        return sentence;
    }

    private Div demoAccounts() {
        Div box = new Div();
        box.setId("demo-accounts");
        box.getStyle().set("max-width", "24rem").set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)");
        box.add(new H2("Demo mode"));
        box.getElement().getStyle().set("font-size", "var(--lumo-font-size-s)");
        box.add(new Paragraph("Every demo account has the password " + DemoMode.PASSWORD + "."));
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            Div line = new Div(new Span(account.username()), new Span(" — " + account.role().label()));
            line.getChildren().findFirst().ifPresent(c -> c.getElement().getStyle().set("font-family", "monospace"));
            box.add(line);
        }
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.get().isPresent()) {
            event.forwardTo("");
        }
    }
}
