package dev.panel.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import dev.panel.plan.PlanCoverage;

import java.util.function.Consumer;

/**
 * Publishing a plan that fails the coverage gate: the reasons it fails, and a written reason for publishing anyway,
 * which is required. The reason is kept with the plan and in the audit log.
 */
class OverrideDialog extends Dialog {

    static final int MAX_REASON = 2000;

    final TextArea reason = new TextArea("Why publish it anyway?");
    final Button publish = new Button("Publish with this reason");
    private final Binder<Reason> binder = new Binder<>(Reason.class);

    /** The form's bean. */
    static final class Reason {
        private String text = "";

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    OverrideDialog(PlanCoverage coverage, Consumer<String> confirmed) {
        setHeaderTitle("Publish despite the coverage check");
        setWidth("min(40rem, 95vw)");
        UnorderedList problems = new UnorderedList();
        coverage.problems().forEach(p -> problems.add(new ListItem(p.message())));
        reason.setId("override-reason");
        reason.setWidthFull();
        reason.setMinHeight("8em");
        reason.setMaxLength(MAX_REASON);
        reason.setHelperText("Kept with the plan and in the audit log, with your name.");
        binder.forField(reason)
                .asRequired("Write why this plan should be used although it fails the check.")
                .withValidator(t -> t.strip().length() >= 10, "Say a little more: at least a sentence.")
                .bind(Reason::getText, Reason::setText);
        binder.setBean(new Reason());
        publish.setId("confirm-override");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        publish.addClickListener(e -> {
            if (binder.validate().isOk()) {
                confirmed.accept(binder.getBean().getText().strip());
                close();
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        add(new Paragraph("The plan fails the coverage check:"), problems, reason);
        getFooter().add(cancel, publish);
    }
}
