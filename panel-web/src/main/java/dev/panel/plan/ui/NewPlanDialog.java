package dev.panel.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import dev.panel.common.PanelException;
import dev.panel.plan.PlanDraft;
import dev.panel.role.RoleView;

import java.util.List;
import java.util.function.Consumer;

/**
 * A new, empty plan: which role it is for and its name, checked in place; the stages are added in the builder.
 * A refusal from the service shows in the dialog, and what was typed stays.
 */
class NewPlanDialog extends Dialog {

    final ComboBox<RoleView> role = new ComboBox<>("Role");
    final TextField name = new TextField("Plan name");
    final Button create = new Button("Create and open");
    final Paragraph problem = new Paragraph();
    private final Binder<Bean> binder = new Binder<>(Bean.class);

    /** The form's bean. */
    static final class Bean {
        private RoleView role;
        private String name = "";

        public RoleView getRole() { return role; }
        public void setRole(RoleView role) { this.role = role; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    NewPlanDialog(List<RoleView> roles, Consumer<PlanDraft> created) {
        setHeaderTitle("New question plan");
        setWidth("min(32rem, 95vw)");
        role.setId("new-plan-role");
        role.setItems(roles);
        role.setItemLabelGenerator(r -> r.role().name() + " (" + r.role().level() + ")");
        role.setWidthFull();
        name.setId("new-plan-name");
        name.setWidthFull();
        name.setMaxLength(200);
        name.setPlaceholder("e.g. Technical Lead loop, 2027");
        binder.forField(role).asRequired("Choose the role this plan interviews for.").bind(Bean::getRole, Bean::setRole);
        binder.forField(name).asRequired("Give the plan a name.").bind(Bean::getName, Bean::setName);
        binder.setBean(new Bean());
        problem.setId("new-plan-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        create.setId("create-plan");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            if (binder.validate().isOk()) {
                try {
                    created.accept(new PlanDraft(binder.getBean().getRole().role().id(), binder.getBean().getName().strip(), List.of(), null));
                    close();
                } catch (PanelException refused) {
                    problem.setText(refused.getMessage());
                }
            }
        });
        add(role, name, problem);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }
}
