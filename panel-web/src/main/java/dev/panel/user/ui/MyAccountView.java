package dev.panel.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.panel.common.PanelException;
import dev.panel.notification.NotificationPreferences;
import dev.panel.security.CurrentUser;
import dev.panel.security.PublicAddress;
import dev.panel.security.ReaderTime;
import dev.panel.user.Actor;
import dev.panel.user.ApiTokenService;
import dev.panel.user.MyAccountService;
import dev.panel.user.PasswordPolicy;
import dev.panel.user.User;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * My account, for everyone signed in: name, email, time zone and date format (the locale); the password (which needs the current one, and ends
 * every other session and token); the API tokens the person holds; and signing out everywhere.
 */
@Prototype
@Route("account")
@Menu(title = "My account", order = 90, icon = "vaadin:user")
@PageTitle("My account · Panel")
@PermitAll
public class MyAccountView extends VerticalLayout {

    private final MyAccountService account;
    private final Actor me;

    MyAccountView(MyAccountService account, ApiTokenService tokens, NotificationPreferences notifications, PublicAddress addresses) {
        this.account = account;
        this.me = CurrentUser.actor();
        setMaxWidth("60rem");
        User user = account.me(me);
        H1 title = new H1("My account");
        title.setId("home-heading");
        add(title, new Paragraph("Signed in as " + user.username() + " (" + user.signInMethod().toLowerCase() + ")."));
        add(new H2("Profile"), profile(user));
        if (user.hasPassword()) {
            add(new H2("Password"), password());
        }
        add(new H2("Notifications"), new NotificationChoicesForm(notifications, me, addresses.base(AccountDialogs.requested())));
        add(new H2("API tokens"), new TokenList(tokens, me));
        add(new H2("Sessions"), sessions());
    }

    private VerticalLayout profile(User user) {
        TextField name = new TextField("Name");
        name.setId("me-name");
        name.setValue(user.displayName());
        name.setMaxLength(128);
        EmailField email = new EmailField("Email");
        email.setId("me-email");
        email.setValue(user.email());
        ComboBox<String> zone = new ComboBox<>("Time zone");
        zone.setId("me-time-zone");
        zone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        zone.setHelperText("Times in Panel and in its messages are shown in this zone.");
        zone.setValue(user.timeZone() == null ? "UTC" : user.timeZone());
        Select<String> locale = localeSelect(user.locale());
        Button save = new Button("Save profile", e -> {
            try {
                User saved = account.updateProfile(me, name.getValue(), email.getValue(), zone.getValue(), locale.getValue());
                // the rest of the session reads times in what was saved; this page is drawn again in it
                ReaderTime.remember(ReaderTime.of(saved.timeZone(), saved.locale(), null, ReaderTime.requestLocale()));
                getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                notice("Profile saved for " + saved.displayName() + ".");
            } catch (PanelException refused) {
                problem(refused);
            }
        });
        save.setId("me-save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, email, zone, locale);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        VerticalLayout section = new VerticalLayout(form, save);
        section.setPadding(false);
        return section;
    }

    /** A short list of common locales, and the person's own if it is another; empty means the browser's. */
    private static Select<String> localeSelect(String current) {
        Map<String, String> choices = new LinkedHashMap<>(COMMON_LOCALES);
        if (current != null && !choices.containsKey(current)) {
            Locale own = Locale.forLanguageTag(current);
            choices.put(current, own.getDisplayName(own));
        }
        Select<String> locale = new Select<>();
        locale.setLabel("Date format / language");
        locale.setId("me-locale");
        locale.setItems(choices.keySet());
        locale.setEmptySelectionAllowed(true);
        locale.setEmptySelectionCaption("As my browser says");
        locale.setItemLabelGenerator(tag -> tag == null ? "As my browser says"
                : choices.get(tag) + " · " + ReaderTime.of(null, tag, null, null).day(SAMPLE_DAY));
        locale.setHelperText("How dates are written and typed, for example in the date pickers.");
        locale.setValue(current);
        return locale;
    }

    private static final java.time.LocalDate SAMPLE_DAY = java.time.LocalDate.of(2026, 12, 10);
    private static final Map<String, String> COMMON_LOCALES = new LinkedHashMap<>();

    static {
        COMMON_LOCALES.put("en-GB", "English (UK)");
        COMMON_LOCALES.put("en-US", "English (US)");
        COMMON_LOCALES.put("de-DE", "Deutsch");
        COMMON_LOCALES.put("fr-FR", "Français");
        COMMON_LOCALES.put("es-ES", "Español");
        COMMON_LOCALES.put("nl-NL", "Nederlands");
    }

    private VerticalLayout password() {
        PasswordField current = new PasswordField("Current password");
        current.setId("me-current-password");
        PasswordField next = new PasswordField("New password");
        next.setId("me-new-password");
        next.setHelperText("At least " + PasswordPolicy.MINIMUM_LENGTH + " characters, not a commonly used one.");
        PasswordField repeat = new PasswordField("New password again");
        repeat.setId("me-repeat-password");
        Button change = new Button("Change password", e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two new passwords differ.");
                repeat.setInvalid(true);
                return;
            }
            repeat.setInvalid(false);
            try {
                User saved = account.changePassword(me, current.getValue(), next.getValue());
                CurrentUser.renew(saved);
                current.clear();
                next.clear();
                repeat.clear();
                notice("Password changed. Your other sessions and API tokens have ended.");
            } catch (PanelException refused) {
                problem(refused);
            }
        });
        change.setId("me-change-password");
        FormLayout form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 3));
        VerticalLayout section = new VerticalLayout(form, change);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout sessions() {
        Paragraph about = new Paragraph("Signs you out on every browser and revokes every API token you hold, for when a "
                + "device was lost or shared.");
        Button everywhere = new Button("Sign out everywhere", e -> {
            ConfirmDialog confirm = new ConfirmDialog("Sign out everywhere?",
                    "Every session of yours, this one too, ends, and every API token you hold stops working.",
                    "Sign out everywhere", ok -> {
                        account.signOutEverywhere(me);
                        CurrentUser.signOut();
                        getUI().ifPresent(ui -> ui.getPage().setLocation("/login"));
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        everywhere.setId("me-sign-out-everywhere");
        everywhere.addThemeVariants(ButtonVariant.LUMO_ERROR);
        VerticalLayout section = new VerticalLayout(about, everywhere);
        section.setPadding(false);
        return section;
    }

    private static void notice(String text) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void problem(PanelException refused) {
        Notification.show(AccountForm.withoutField(refused.getMessage()), 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
