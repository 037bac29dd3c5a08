package dev.panel.competency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import dev.panel.common.PanelException;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.CompetencyView;
import dev.panel.competency.NewCompetency;
import dev.panel.competency.Rubric;
import dev.panel.competency.RubricLevel;
import dev.panel.user.Actor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A new competency with its first rubric: name and description (checked by the Binder), and an anchor per level. */
class NewCompetencyDialog extends Dialog {

    /** The form's bean. */
    static final class Draft {
        private String name = "";
        private String description = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    NewCompetencyDialog(CompetencyService competencies, Actor actor, Consumer<CompetencyView> created) {
        setHeaderTitle("New competency");
        setWidth("min(64rem, 95vw)");
        TextField name = new TextField("Name");
        name.setId("new-competency-name");
        name.setWidthFull();
        TextArea description = new TextArea("What the panel judges");
        description.setId("new-competency-description");
        description.setWidthFull();
        Binder<Draft> binder = new Binder<>(Draft.class);
        binder.forField(name).asRequired("A competency needs a name.").bind(Draft::getName, Draft::setName);
        binder.forField(description).asRequired("Say in a sentence or two what the panel judges.")
                .bind(Draft::getDescription, Draft::setDescription);
        binder.setBean(new Draft());

        List<RubricLevel> blank = new ArrayList<>();
        for (int i = 0; i < Rubric.DEFAULT_LABELS.size(); i++) {
            blank.add(new RubricLevel(i + 1, Rubric.DEFAULT_LABELS.get(i), ""));
        }
        RubricEditor rubric = new RubricEditor(blank);
        Paragraph problem = new Paragraph();
        problem.setId("new-competency-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");

        Button create = new Button("Create", click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                created.accept(competencies.create(actor, new NewCompetency(null, name.getValue(), description.getValue(), rubric.levels())));
                close();
            } catch (PanelException refused) {
                problem.setText(refused.getMessage());
            }
        });
        create.setId("create-competency");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(name, description, RubricEditor.caption("The rubric: a behavioural anchor for every level"), rubric, problem);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }
}
