package dev.panel.user.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import dev.panel.user.Role;
import dev.panel.user.User;

import java.util.EnumSet;
import java.util.Set;

/**
 * An account's fields as an admin edits them, checked in place by a Binder. A refusal from the service that names a
 * field ("email: … already belongs to another account") is shown on that field.
 */
class AccountForm extends FormLayout {

    /** The form's bean. */
    static final class Draft {
        private String username = "";
        private String displayName = "";
        private String email = "";
        private Set<Role> roles = EnumSet.of(Role.INTERVIEWER);
        private boolean active = true;

        static Draft of(User user) {
            Draft draft = new Draft();
            draft.username = user.username();
            draft.displayName = user.displayName();
            draft.email = user.email();
            draft.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
            draft.active = user.enabled();
            return draft;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public Set<Role> getRoles() {
            return roles;
        }

        public void setRoles(Set<Role> roles) {
            this.roles = roles;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final EmailField email = new EmailField("Email");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final Checkbox active = new Checkbox("Active (may sign in)");
    final Binder<Draft> binder = new Binder<>(Draft.class);

    AccountForm(boolean creating) {
        username.setId("account-username");
        username.setHelperText("Lower-case letters, digits, dots, dashes; used to sign in.");
        username.setReadOnly(!creating);
        displayName.setId("account-name");
        email.setId("account-email");
        roles.setId("account-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        active.setId("account-active");

        binder.forField(username).asRequired("Give the person a username.")
                .withValidator(new StringLengthValidator("2 to 64 characters.", 2, 64))
                .bind(Draft::getUsername, Draft::setUsername);
        binder.forField(displayName).asRequired("Give the person's name as colleagues know it.")
                .withValidator(new StringLengthValidator("At most 128 characters.", 1, 128))
                .bind(Draft::getDisplayName, Draft::setDisplayName);
        binder.forField(email).asRequired("Every account needs an email address.")
                .withValidator(new EmailValidator("That is not an email address (name@example.org)."))
                .withValidator(new StringLengthValidator("At most 254 characters.", 3, 254))
                .bind(Draft::getEmail, Draft::setEmail);
        binder.forField(roles).asRequired("Choose at least one role.").bind(Draft::getRoles, Draft::setRoles);
        // Vaadin marks a required group with aria-required, which a group may not carry (axe: aria-allowed-attr);
        // the helper text says it instead, and the binder still refuses an empty choice.
        roles.setRequiredIndicatorVisible(false);
        roles.setHelperText("At least one.");
        binder.forField(active).bind(Draft::isActive, Draft::setActive);

        add(username, displayName, email, roles);
        if (!creating) {
            add(active);
        }
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36rem", 2));
    }

    /** Shows a service's refusal on the field it names, or returns false when it names none. */
    boolean showOnField(String message) {
        int colon = message.indexOf(':');
        String field = colon > 0 ? message.substring(0, colon) : "";
        String text = colon > 0 ? message.substring(colon + 1).strip() : message;
        switch (field) {
            case "username" -> invalid(username, text);
            case "displayName" -> invalid(displayName, text);
            case "email" -> invalid(email, text);
            case "roles" -> invalid(roles, text);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A refusal's sentence without the field name it starts with ("active: … is the last active admin"). */
    static String withoutField(String message) {
        return message.matches("^[a-zA-Z\\[\\]0-9]+: .*") ? message.substring(message.indexOf(':') + 1).strip() : message;
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }
}
