package dev.panel.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.panel.app.ui.MainLayout;
import dev.panel.common.ConflictException;
import dev.panel.common.PanelException;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.CompetencyView;
import dev.panel.plan.PlanCoverage;
import dev.panel.plan.PlanDraft;
import dev.panel.plan.PlanService;
import dev.panel.plan.PlanStage;
import dev.panel.plan.PlanState;
import dev.panel.plan.PlanView;
import dev.panel.plan.QuestionPlan;
import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.security.CurrentUser;
import dev.panel.user.Actor;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The builder of one plan: its stages on the left, the coverage matrix beside them, recomputed from the unsaved draft
 * at every edit. Publish stays disabled while the gate fails; an override asks for a written reason. A published plan
 * is read-only and may be copied into a new draft. A save that meets someone else's newer save keeps what was typed.
 */
@Prototype
@Route(value = "library/plans/:planId(\\d+)", layout = MainLayout.class)
@PageTitle("Plan builder · Panel")
@RolesAllowed("HIRING_MANAGER")
public class PlanBuilderView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    static final String PLAN_ID = "planId";

    private final PlanService plans;
    private final RoleService roles;
    private final CompetencyService competencies;
    private final QuestionService questions;
    private Actor actor;
    private PlanLibrary library;
    /** The saved plan this editor started from; its version is what a save is checked against. */
    private QuestionPlan basis;
    private StageList stages;
    private final TextField name = new TextField("Plan name");
    private final CoverageMatrix matrix = new CoverageMatrix();
    private final Div conflict = new Div();
    private final Span status = new Span();
    private final Button save = new Button("Save draft", VaadinIcon.CHECK.create());
    private final Button publish = new Button("Publish");
    private final Button override = new Button("Publish with override…");
    private PlanCoverage coverage;
    private boolean dirty;

    PlanBuilderView(PlanService plans, RoleService roles, CompetencyService competencies, QuestionService questions) {
        this.plans = plans;
        this.roles = roles;
        this.competencies = competencies;
        this.questions = questions;
        setMaxWidth("110rem");
        name.setId("plan-name");
        name.setMaxLength(200);
        name.setWidth("min(32rem, 100%)");
        name.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
        save.setId("save-plan");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        publish.setId("publish-plan");
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish(null));
        override.setId("override-plan");
        override.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        override.addClickListener(e -> new OverrideDialog(coverage, this::publish).open());
        status.setId("plan-status");
        status.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = CurrentUser.actor();
        long id = event.getRouteParameters().getLong(PLAN_ID).orElse(-1L);
        try {
            load(plans.get(id));
        } catch (PanelException refused) {
            removeAll();
            add(new H1("Plan not found"), new Paragraph(refused.getMessage()), new RouterLink("All plans", PlansView.class));
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog ask = new ConfirmDialog("Unsaved changes", "Your changes to this plan are not saved. Leave and lose them?",
                "Leave", e -> {
                    dirty = false;
                    leave.proceed();
                }, "Stay", e -> { });
        ask.setConfirmButtonTheme("error primary");
        ask.open();
    }

    /** Shows a saved plan; drops any unsaved edits. */
    private void load(PlanView view) {
        basis = view.plan();
        RoleView role = roles.get(basis.roleId());
        library = new PlanLibrary(ordered(competencies.list(), role.competencyIds()), new PlanLibrary.QuestionSource() {
            @Override
            public List<QuestionView> page(QuestionFilter filter, int offset, int limit) {
                return questions.page(filter, offset, limit);
            }

            @Override
            public long count(QuestionFilter filter) {
                return questions.count(filter);
            }
        });
        boolean draft = basis.state() == PlanState.DRAFT;
        removeAll();
        conflict.removeAll();
        H1 title = new H1(basis.name());
        title.setId("home-heading");
        Span state = PlansView.badge(basis.state());
        state.setId("plan-state");
        HorizontalLayout heading = new HorizontalLayout(title, state);
        heading.setAlignItems(Alignment.BASELINE);
        add(new RouterLink("← All plans", PlansView.class), heading,
                new Paragraph("For the role " + role.role().name() + " (" + role.role().level() + "). " + (draft
                        ? "Add the interviews in the order the candidate meets them; the coverage beside them updates as you edit."
                        : published())));
        add(actions(draft), conflict);

        stages = new StageList(library, this::changed);
        stages.show(beans(basis.stages()), !draft);
        name.setValue(basis.name());
        name.setReadOnly(!draft);
        Button addStage = new Button("Add stage", VaadinIcon.PLUS.create(), e -> stages.add(new StageBean()));
        addStage.setId("add-stage");
        addStage.setVisible(draft);
        Div left = new Div(name, stages, addStage);
        left.getStyle().set("flex", "3 1 36rem").set("min-width", "0").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-m)");
        matrix.getStyle().set("flex", "2 1 24rem").set("position", "sticky").set("top", "0").set("align-self", "flex-start")
                .set("min-width", "0");
        FlexLayout columns = new FlexLayout(left, matrix);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        columns.setWidthFull();
        add(columns);
        dirty = false;
        coverage = view.coverage();
        if (draft) {
            recompute();
        } else {
            matrix.show(coverage, library);
        }
    }

    private String published() {
        String text = PlansView.label(basis.state()) + (basis.publishedAt() == null ? "" : ", published on "
                + PlansView.DAY.format(basis.publishedAt()) + " by " + basis.publishedBy()) + ". It is read-only: to change it, edit it as a new draft.";
        return basis.overrideReason() == null ? text : text + " Published despite the coverage check, because: " + basis.overrideReason();
    }

    private HorizontalLayout actions(boolean draft) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(Alignment.CENTER);
        if (draft) {
            bar.add(save, publish, override, status);
            return bar;
        }
        Button newDraft = new Button("Edit as new draft", VaadinIcon.EDIT.create(), e -> newDraft());
        newDraft.setId("new-draft");
        newDraft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bar.add(newDraft);
        if (basis.state() == PlanState.PUBLISHED) {
            Button retire = new Button("Retire", e -> run(() -> load(new PlanView(plans.retire(actor, basis.id()), coverage))));
            retire.setId("retire-plan");
            retire.setTooltipText("No new loops on this plan; loops already open keep it.");
            bar.add(retire);
        }
        return bar;
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
        status.setText(dirty ? "Unsaved changes" : "All changes saved (version " + basis.version() + ")");
    }

    private PlanDraft draft() {
        return new PlanDraft(basis.roleId(), name.getValue(), stages.stages(), basis.version());
    }

    /** Saves the draft; false if it could not be saved, with the reason on screen and the edits kept. */
    private boolean save() {
        boolean named = !name.getValue().isBlank();
        name.setInvalid(!named);
        name.setErrorMessage(named ? null : "Give the plan a name.");
        if (!stages.validate() || !named) {
            error("Some fields need attention; they are marked.");
            return false;
        }
        try {
            PlanView saved = plans.update(actor, basis.id(), draft());
            basis = saved.plan();
            dirty = false;
            conflict.removeAll();
            recompute();
            Notification.show("Saved.", 3000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (ConflictException stale) {
            showConflict();
        } catch (PanelException refused) {
            error(refused.getMessage());
        }
        return false;
    }

    private void publish(String overrideReason) {
        if (dirty && !save()) {
            return;
        }
        try {
            load(plans.publish(actor, basis.id(), basis.version(), overrideReason));
            Notification.show(overrideReason == null ? "Published." : "Published with your override reason, which is kept with the plan.",
                    4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConflictException stale) {
            showConflict();
        } catch (PanelException refused) {
            error(refused.getMessage());
        }
    }

    /** Someone saved first: their version beside ours, ours untouched. */
    private void showConflict() {
        PlanView theirs = plans.get(basis.id());
        Map<Long, QuestionView> theirQuestions = questions.byIds(theirs.plan().questionIds());
        conflict.removeAll();
        conflict.add(new PlanConflict(theirs.plan(), library, theirQuestions, new PlanConflict.Choices() {
            @Override
            public void take(PlanStage stage) {
                stages.add(StageBean.of(stage, library.byId(), theirQuestions));
            }

            @Override
            public void saveMineOverTheirs() {
                basis = theirs.plan();
                save();
            }

            @Override
            public void saveMineAsNewDraft() {
                run(() -> {
                    long id = plans.create(actor, draft()).plan().id();
                    dirty = false;
                    open(id);
                });
            }

            @Override
            public void loadTheirs() {
                load(theirs);
            }
        }));
        conflict.getElement().callJsFunction("scrollIntoView");
    }

    private void newDraft() {
        run(() -> open(plans.newDraftFrom(actor, basis.id()).plan().id()));
    }

    private void open(long planId) {
        UI.getCurrent().navigate(PlanBuilderView.class, new RouteParameters(PLAN_ID, String.valueOf(planId)));
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (PanelException refused) {
            error(refused.getMessage());
        }
    }

    private List<StageBean> beans(List<PlanStage> planStages) {
        Map<Long, CompetencyView> byId = library.byId();
        Map<Long, QuestionView> asked = questions.byIds(planStages.stream().flatMap(s -> s.questionIds().stream()).toList());
        return planStages.stream().map(s -> StageBean.of(s, byId, asked)).toList();
    }

    /** The role's competencies first, then the rest of the library, each group by name. */
    private static List<CompetencyView> ordered(List<CompetencyView> all, Set<Long> roleCompetencies) {
        return all.stream().sorted(Comparator.comparing((CompetencyView c) -> !roleCompetencies.contains(c.competency().id()))
                .thenComparing(c -> c.competency().name())).toList();
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
