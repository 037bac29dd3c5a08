package dev.panel.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows an invitation or password-reset link once, to copy and send: Panel keeps only its hash, so it cannot be shown
 * again (a new link can be made, which spends this one).
 */
class LinkDialog extends Dialog {

    /** {@code mailedTo}: where the link was also sent by mail, or null when mail is not configured. */
    LinkDialog(String what, String personName, String link, String validUntil, String mailedTo) {
        setHeaderTitle(what + " for " + personName);
        setWidth("min(44rem, 95vw)");
        Paragraph about = new Paragraph((mailedTo == null
                ? "Mail is not configured, so send this link to " + personName + " yourself. "
                : "Panel is mailing this link to " + personName + " at " + mailedTo + "; here it is too, in case the mail goes astray. ")
                + "It works once, until " + validUntil + ". Copy it now: Panel shows it only this once.");
        about.setId("account-link-about");
        TextField field = new TextField("Link");
        field.setId("account-link");
        field.setValue(link);
        field.setReadOnly(true);
        field.setWidthFull();
        field.addFocusListener(e -> field.getElement().executeJs("this.inputElement.select()"));
        Button copy = new Button("Copy", e -> getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link));
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button("Done", e -> close());
        close.setId("account-link-done");
        add(about, field);
        getFooter().add(copy, close);
    }
}
