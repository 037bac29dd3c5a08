package dev.panel.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import dev.panel.decision.MissingScorecard;

import java.util.List;
import java.util.function.Consumer;

/**
 * Recording a decision while scorecards are missing: who has not submitted, and a written reason for deciding before
 * they do, which is required. The reason is kept with the decision and in the audit log.
 */
class EarlyDecisionDialog extends Dialog {

    static final int MAX_REASON = 4000;

    final TextArea reason = new TextArea("Why decide before these scorecards are in?");
    final Button confirm = new Button("Record the decision early");
    private final Binder<Reason> binder = new Binder<>(Reason.class);

    /** The form's bean. */
    static final class Reason {
        private String text = "";

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    EarlyDecisionDialog(List<MissingScorecard> missing, Consumer<String> confirmed) {
        setId("early-decision-dialog");
        setHeaderTitle("Decide before every scorecard is in");
        setWidth("min(40rem, 95vw)");
        UnorderedList who = new UnorderedList();
        who.setId("early-decision-missing");
        missing.forEach(m -> who.add(new ListItem(m.label())));
        reason.setId("early-decision-reason");
        reason.setWidthFull();
        reason.setMinHeight("8em");
        reason.setMaxLength(MAX_REASON);
        reason.setHelperText("Kept with the decision and in the audit log, with your name.");
        binder.forField(reason)
                .asRequired("Write why this decision cannot wait for the missing scorecards.")
                .withValidator(t -> t.strip().length() >= 10, "Say a little more: at least a sentence.")
                .bind(Reason::getText, Reason::setText);
        binder.setBean(new Reason());
        confirm.setId("confirm-early-decision");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> {
            if (binder.validate().isOk()) {
                close();
                confirmed.accept(binder.getBean().getText().strip());
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("cancel-early-decision");
        add(new Paragraph((missing.size() == 1 ? "This scorecard is" : "These " + missing.size() + " scorecards are")
                + " not submitted yet:"), who, reason);
        getFooter().add(cancel, confirm);
    }
}
