package dev.panel.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.panel.common.PanelException;
import dev.panel.security.PublicAddress;
import dev.panel.user.AccountChange;
import dev.panel.user.AccountLinkService;
import dev.panel.user.AccountService;
import dev.panel.user.Actor;
import dev.panel.user.NewUser;
import dev.panel.user.User;
import dev.panel.security.ReaderTime;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.function.Supplier;

/** The People page's dialogs: add a person, change an account, and the links that let people set a password. */
class AccountDialogs {

    private final AccountService accounts;
    private final AccountLinkService links;
    private final boolean mailOn;
    private final PublicAddress addresses;
    private final Actor admin;
    private final Runnable changed;

    AccountDialogs(AccountService accounts, AccountLinkService links, PublicAddress addresses, boolean mailOn, Actor admin, Runnable changed) {
        this.mailOn = mailOn;
        this.accounts = accounts;
        this.links = links;
        this.addresses = addresses;
        this.admin = admin;
        this.changed = changed;
    }

    /** A new account; once made, its invitation link is shown to copy. */
    void create() {
        AccountForm form = new AccountForm(true);
        form.binder.setBean(new AccountForm.Draft());
        Dialog dialog = dialog("Add a person", form);
        Paragraph problem = problem();
        dialog.add(problem);
        Button save = new Button("Add and make invitation link", e -> {
            if (!form.binder.validate().isOk()) {
                return;
            }
            AccountForm.Draft draft = form.binder.getBean();
            attempt(form, problem, () -> {
                User created = accounts.create(admin, new NewUser(draft.getUsername(), draft.getDisplayName(), draft.getEmail(), null, draft.getRoles()));
                dialog.close();
                changed.run();
                showLink("Invitation", created, () -> links.invite(admin, created.id()));
                return created;
            });
        });
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    /** Changes an account: name, email, roles, active; and makes invitation or reset links. */
    void edit(User user) {
        AccountForm form = new AccountForm(false);
        form.binder.setBean(AccountForm.Draft.of(user));
        Dialog dialog = dialog(user.displayName(), form);
        Paragraph method = new Paragraph("Signs in with: " + user.signInMethod() + ". Last sign-in: "
                + (user.lastSignInAt() == null ? "never" : ReaderTime.current().moment(user.lastSignInAt())) + ".");
        method.addClassName("text-secondary");
        Paragraph problem = problem();
        dialog.add(method, problem);
        Button link = user.hasPassword()
                ? new Button("Password reset link", e -> { dialog.close(); showLink("Password reset link", user, () -> links.reset(admin, user.id())); })
                : new Button("Invitation link", e -> { dialog.close(); showLink("Invitation", user, () -> links.invite(admin, user.id())); });
        link.setId("account-make-link");
        link.setEnabled(user.enabled());
        Button save = new Button("Save", e -> {
            if (!form.binder.validate().isOk()) {
                return;
            }
            AccountForm.Draft draft = form.binder.getBean();
            attempt(form, problem, () -> {
                User saved = accounts.change(admin, user.id(),
                        new AccountChange(draft.getDisplayName(), draft.getEmail(), draft.getRoles(), draft.isActive()));
                dialog.close();
                changed.run();
                Notification.show("Saved " + saved.displayName() + (user.enabled() && !saved.enabled() ? ": deactivated and signed out everywhere." : "."),
                        5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                return saved;
            });
        });
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(link, new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void showLink(String what, User user, Supplier<AccountLinkService.IssuedLink> issue) {
        try {
            AccountLinkService.IssuedLink issued = issue.get();
            new LinkDialog(what, user.displayName(), addresses.accountLink(issued.token(), requested()),
                    ReaderTime.current().moment(issued.expiresAt()), mailOn ? user.email() : null).open();
        } catch (PanelException refused) {
            Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static void attempt(AccountForm form, Paragraph problem, Supplier<User> action) {
        try {
            action.get();
        } catch (PanelException refused) {
            if (!form.showOnField(refused.getMessage())) {
                problem.setText(AccountForm.withoutField(refused.getMessage()));
            }
        }
    }

    private static Dialog dialog(String title, AccountForm form) {
        Dialog dialog = new Dialog(form);
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(48rem, 95vw)");
        return dialog;
    }

    private static Paragraph problem() {
        Paragraph problem = new Paragraph();
        problem.setId("account-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        return problem;
    }

    /** Where the admin's browser reached Panel, for links when PANEL_BASE_URL is not set. */
    static URI requested() {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        String host = request.getHeader("Host");
        return URI.create(request.getScheme() + "://" + (host == null ? request.getServerName() + ":" + request.getServerPort() : host) + "/");
    }
}
