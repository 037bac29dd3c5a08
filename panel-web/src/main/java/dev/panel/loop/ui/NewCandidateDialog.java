package dev.panel.loop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import dev.panel.candidate.Candidate;
import dev.panel.candidate.CandidateService;
import dev.panel.common.PanelException;
import dev.panel.user.Actor;

import java.util.function.Consumer;

/** Adds a candidate while opening a loop; the service checks the name and address and says what is wrong. */
class NewCandidateDialog extends Dialog {

    NewCandidateDialog(CandidateService candidates, Actor actor, Consumer<Candidate> created) {
        setHeaderTitle("New candidate");
        TextField name = new TextField("Name");
        name.setId("new-candidate-name");
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        EmailField email = new EmailField("Email (optional)");
        email.setId("new-candidate-email");
        email.setWidthFull();
        Paragraph problem = new Paragraph();
        problem.setId("new-candidate-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        Button add = new Button("Add", click -> {
            try {
                created.accept(candidates.create(actor, name.getValue(), email.getValue()));
                close();
            } catch (PanelException refused) {
                problem.setText(refused.getMessage());
            }
        });
        add.setId("add-candidate");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(name, email, problem);
        getFooter().add(new Button("Cancel", click -> close()), add);
        setWidth("28rem");
    }
}
