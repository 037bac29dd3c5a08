package dev.panel.scorecard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Offers back text this browser kept (see {@link BrowserDrafts}) that the server does not hold; the interviewer
 * restores or discards it, and is told when the scorecard was saved again since, so nothing newer is replaced unseen.
 */
class KeptTextBanner extends Div {

    KeptTextBanner(BrowserDrafts.Kept kept, int differingFields, boolean savedSince, Runnable restore, Runnable discard) {
        setId("browser-draft");
        getStyle().set("border", "1px solid var(--lumo-primary-color-50pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "0 var(--lumo-space-m) var(--lumo-space-s)").set("box-sizing", "border-box");
        setWidthFull();
        String fields = differingFields == 1 ? "one field" : differingFields + " fields";
        Paragraph what = new Paragraph("This browser kept text you typed here at " + kept.typedAt() + " that Panel had not saved ("
                + fields + "), probably because your session ended." + (savedSince
                ? " The scorecard was saved again after that, from another window or device: restoring puts this browser's text"
                + " in place of what was saved there." : ""));
        Button restoring = new Button("Restore it", e -> {
            removeFromParent();
            restore.run();
        });
        restoring.setId("restore-draft");
        restoring.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discarding = new Button("Discard it", e -> {
            removeFromParent();
            discard.run();
        });
        discarding.setId("discard-draft");
        add(what, new HorizontalLayout(restoring, discarding));
    }
}
