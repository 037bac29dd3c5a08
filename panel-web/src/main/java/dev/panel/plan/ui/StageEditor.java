package dev.panel.plan.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import dev.panel.competency.CompetencyView;
import dev.panel.plan.CoveragePolicy;

/**
 * One stage of a plan: its name, length, interviewer count and focus competencies (checked in place by a Binder),
 * and its questions. Every edit fires {@link StageEvent} with {@link StageEvent.Action#CHANGED}; the buttons fire
 * the moves and the removal, which the builder carries out.
 */
class StageEditor extends Div {

    final TextField name = new TextField("Stage name");
    final IntegerField minutes = new IntegerField("Minutes");
    final IntegerField interviewers = new IntegerField("Interviewers");
    final MultiSelectComboBox<CompetencyView> focus = new MultiSelectComboBox<>("Focus competencies");
    final StageQuestions questions;
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button("Remove stage", VaadinIcon.TRASH.create());
    private final H3 heading = new H3();
    private final Binder<StageBean> binder = new Binder<>(StageBean.class);
    private final StageBean bean;

    StageEditor(StageBean bean, PlanLibrary library) {
        this.bean = bean;
        addClassName("stage-editor");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("background", "var(--lumo-base-color)");
        name.addClassName("stage-name");
        name.setMaxLength(200);
        minutes.addClassName("stage-minutes");
        minutes.setStepButtonsVisible(true);
        interviewers.addClassName("stage-interviewers");
        interviewers.setStepButtonsVisible(true);
        focus.addClassName("stage-focus");
        focus.setItems(library.competencies());
        focus.setItemLabelGenerator(c -> c.competency().name());

        binder.forField(name).asRequired("Give the stage a name, e.g. Technical deep dive.").bind(StageBean::getName, StageBean::setName);
        binder.forField(minutes).asRequired("Give the stage's length in minutes.")
                .withValidator(m -> m >= CoveragePolicy.MIN_STAGE_MINUTES && m <= CoveragePolicy.MAX_STAGE_MINUTES,
                        CoveragePolicy.MIN_STAGE_MINUTES + " to " + CoveragePolicy.MAX_STAGE_MINUTES + " minutes.")
                .bind(StageBean::getMinutes, StageBean::setMinutes);
        binder.forField(interviewers).asRequired("Say how many interviewers the stage needs.")
                .withValidator(n -> n >= 1 && n <= CoveragePolicy.MAX_INTERVIEWERS, "1 to " + CoveragePolicy.MAX_INTERVIEWERS + " interviewers.")
                .bind(StageBean::getInterviewers, StageBean::setInterviewers);
        binder.forField(focus).asRequired("Choose at least one competency this stage judges.").bind(StageBean::getFocus, StageBean::setFocus);
        binder.setBean(bean);

        questions = new StageQuestions(bean, library, () -> fireEvent(new StageEvent(this, StageEvent.Action.CHANGED)));
        binder.addValueChangeListener(e -> {
            questions.refresh();
            fireEvent(new StageEvent(this, StageEvent.Action.CHANGED));
        });

        up.addClassName("stage-up");
        up.setTooltipText("Move this stage earlier");
        up.setAriaLabel("Move this stage earlier");
        up.addClickListener(e -> fireEvent(new StageEvent(this, StageEvent.Action.UP)));
        down.addClassName("stage-down");
        down.setTooltipText("Move this stage later");
        down.setAriaLabel("Move this stage later");
        down.addClickListener(e -> fireEvent(new StageEvent(this, StageEvent.Action.DOWN)));
        remove.addClassName("stage-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> fireEvent(new StageEvent(this, StageEvent.Action.REMOVE)));
        for (Button b : new Button[] {up, down}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL);
        heading.getStyle().set("margin", "0").set("flex", "1");
        HorizontalLayout top = new HorizontalLayout(heading, up, down, remove);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);

        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 4));
        fields.add(name, 2);
        fields.add(minutes, interviewers);
        fields.add(focus, 4);
        add(top, fields, questions);
    }

    /** Numbers the stage and enables the moves that make sense where it stands. */
    void place(int index, int count) {
        heading.setText("Stage " + (index + 1));
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
    }

    StageBean bean() {
        return bean;
    }

    /** Marks every field that is wrong, in place; true when the stage can be saved. */
    boolean validate() {
        return binder.validate().isOk();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        binder.getFields().forEach(f -> f.setRequiredIndicatorVisible(!readOnly));
        up.setVisible(!readOnly);
        down.setVisible(!readOnly);
        remove.setVisible(!readOnly);
        questions.setReadOnly(readOnly);
    }

    Registration addStageListener(ComponentEventListener<StageEvent> listener) {
        return addListener(StageEvent.class, listener);
    }

    /** Something happened to a stage: it changed, or its editor asks to move or remove it. */
    static final class StageEvent extends ComponentEvent<StageEditor> {

        enum Action { CHANGED, UP, DOWN, REMOVE }

        private final Action action;

        StageEvent(StageEditor source, Action action) {
            super(source, false);
            this.action = action;
        }

        Action action() {
            return action;
        }
    }
}
