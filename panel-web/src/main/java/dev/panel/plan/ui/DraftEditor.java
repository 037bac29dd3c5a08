package dev.panel.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.panel.common.ConflictException;
import dev.panel.common.PanelException;
import dev.panel.plan.PlanCoverage;
import dev.panel.plan.PlanDraft;
import dev.panel.plan.PlanService;
import dev.panel.plan.PlanStage;
import dev.panel.plan.PlanView;
import dev.panel.plan.QuestionPlan;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.user.Actor;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A draft plan being edited: the action bar, the name, the stages and the coverage matrix, recomputed from what is on
 * screen at every edit. Publish stays disabled while the gate fails; the override asks for a written reason. A save
 * that meets someone else's newer save shows their version beside this one and keeps everything typed.
 */
class DraftEditor extends Div {

    private final PlanService plans;
    private final QuestionService questions;
    private final Actor actor;
    private final PlanLibrary library;
    private final Consumer<PlanView> show;
    private final LongConsumer open;
    /** The saved plan this editor started from; its version is what a save is checked against. */
    private QuestionPlan basis;
    private final TextField name = new TextField("Plan name");
    private final StageList stages;
    private final CoverageMatrix matrix = new CoverageMatrix();
    private final Div conflict = new Div();
    private final Span status = new Span();
    private final Button save = new Button("Save draft", VaadinIcon.CHECK.create());
    private final Button publish = new Button("Publish");
    private final Button override = new Button("Publish with override…");
    private PlanCoverage coverage;
    private boolean dirty;

    /** {@code show} redraws the page for a saved plan; {@code open} goes to another plan's builder. */
    DraftEditor(PlanService plans, QuestionService questions, Actor actor, PlanLibrary library, QuestionPlan basis,
                Consumer<PlanView> show, LongConsumer open) {
        this.plans = plans;
        this.questions = questions;
        this.actor = actor;
        this.library = library;
        this.basis = basis;
        this.show = show;
        this.open = open;
        setWidthFull();
        conflict.getStyle().set("scroll-margin-top", "5rem"); // clear of the sticky action bar when scrolled into view
        name.setId("plan-name");
        name.setMaxLength(200);
        name.setWidth("min(32rem, 100%)");
        name.setValue(basis.name());
        name.addValueChangeListener(e -> changed());
        stages = new StageList(library, this::changed);
        stages.show(library.beans(basis.stages(), questions.byIds(basis.questionIds())), false);
        Button addStage = new Button("Add stage", VaadinIcon.PLUS.create(), e -> stages.add(new StageBean()));
        addStage.setId("add-stage");
        addStage.getStyle().set("align-self", "flex-start");
        add(actionBar(), conflict, PlanBuilderView.columns(new Div(name, stages, addStage), matrix));
        recompute();
    }

    private HorizontalLayout actionBar() {
        save.setId("save-plan");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(true));
        publish.setId("publish-plan");
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish(null));
        override.setId("override-plan");
        override.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        override.addClickListener(e -> new OverrideDialog(coverage, this::publish).open());
        status.setId("plan-status");
        status.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout bar = new HorizontalLayout(save, publish, override, status);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        // The bar stays in view while a long plan scrolls, so saving and publishing are always at hand.
        bar.getStyle().set("position", "sticky").set("top", "0").set("z-index", "2").set("background", "var(--lumo-base-color)")
                .set("padding", "var(--lumo-space-s) 0").set("box-shadow", "0 1px 0 var(--lumo-contrast-10pct)");
        bar.setWidthFull();
        return bar;
    }

    boolean isDirty() {
        return dirty;
    }

    /** Forgets the unsaved edits, for a person who chose to leave the page without them. */
    void discard() {
        dirty = false;
    }

    private void changed() {
        dirty = true;
        recompute();
    }

    /** The coverage of what is on screen now, saved or not. */
    private void recompute() {
        coverage = plans.preview(draft());
        matrix.show(coverage, library);
        publish.setEnabled(coverage.passes());
        publish.setTooltipText(coverage.passes() ? "Publish this plan for loops." : "Fix the problems listed under Coverage first, or override.");
        override.setVisible(!coverage.passes());
        save.setEnabled(dirty);
        status.setText(dirty ? "Unsaved changes" : "All changes saved");
    }

    private PlanDraft draft() {
        return new PlanDraft(basis.roleId(), name.getValue(), stages.stages(), basis.version());
    }

    /** Saves the draft; false if it could not be saved, with the reason on screen and the edits kept. */
    private boolean save(boolean announce) {
        boolean named = !name.getValue().isBlank();
        name.setInvalid(!named);
        name.setErrorMessage(named ? null : "Give the plan a name.");
        if (!stages.validate() || !named) {
            PlanBuilderView.error("Some fields need attention; they are marked.");
            return false;
        }
        try {
            basis = plans.update(actor, basis.id(), draft()).plan();
            dirty = false;
            conflict.removeAll();
            recompute();
            if (announce) {
                Notification.show("Saved.", 3000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            return true;
        } catch (ConflictException stale) {
            showConflict();
        } catch (PanelException refused) {
            PlanBuilderView.error(refused.getMessage());
        }
        return false;
    }

    private void publish(String overrideReason) {
        if (dirty && !save(false)) {
            return;
        }
        try {
            show.accept(plans.publish(actor, basis.id(), basis.version(), overrideReason));
            Notification.show(overrideReason == null ? "Published." : "Published with your override reason, which is kept with the plan.",
                    4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConflictException stale) {
            showConflict();
        } catch (PanelException refused) {
            PlanBuilderView.error(refused.getMessage());
        }
    }

    /** Someone saved first: their version beside ours, ours untouched until the person chooses. */
    private void showConflict() {
        PlanView theirs = plans.get(basis.id());
        Map<Long, QuestionView> theirQuestions = questions.byIds(theirs.plan().questionIds());
        conflict.removeAll();
        conflict.add(new PlanConflict(theirs.plan(), library, theirQuestions, new PlanConflict.Choices() {
            @Override
            public void take(PlanStage stage) {
                stages.add(library.beans(List.of(stage), theirQuestions).get(0));
            }

            @Override
            public void saveMineOverTheirs() {
                basis = theirs.plan();
                save(true);
            }

            @Override
            public void saveMineAsNewDraft() {
                try {
                    long id = plans.create(actor, draft()).plan().id();
                    dirty = false;
                    open.accept(id);
                } catch (PanelException refused) {
                    PlanBuilderView.error(refused.getMessage());
                }
            }

            @Override
            public void loadTheirs() {
                dirty = false;
                show.accept(theirs);
            }
        }));
        conflict.getElement().callJsFunction("scrollIntoView");
    }
}
