package dev.panel.plan.ui;

import com.vaadin.flow.component.Component;
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
import dev.panel.common.PanelException;
import dev.panel.competency.CompetencyService;
import dev.panel.plan.PlanService;
import dev.panel.plan.PlanState;
import dev.panel.plan.PlanView;
import dev.panel.plan.QuestionPlan;
import dev.panel.question.QuestionService;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.security.CurrentUser;
import dev.panel.user.Actor;
import dev.panel.security.ReaderTime;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

/**
 * The builder of one plan. A draft opens in the {@link DraftEditor}; a published or retired plan is shown read-only,
 * with its coverage, and may be copied into a new draft. Leaving with unsaved edits asks first.
 */
@Prototype
@Route("library/plans/:planId(\\d+)")
@PageTitle("Plan builder · Panel")
@RolesAllowed("HIRING_MANAGER")
public class PlanBuilderView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    static final String PLAN_ID = "planId";

    private final PlanService plans;
    private final RoleService roles;
    private final CompetencyService competencies;
    private final QuestionService questions;
    private Actor actor;
    private DraftEditor editor;

    PlanBuilderView(PlanService plans, RoleService roles, CompetencyService competencies, QuestionService questions) {
        this.plans = plans;
        this.roles = roles;
        this.competencies = competencies;
        this.questions = questions;
        setMaxWidth("110rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = CurrentUser.actor();
        long id = event.getRouteParameters().getLong(PLAN_ID).orElse(-1L);
        try {
            show(plans.get(id));
        } catch (PanelException refused) {
            removeAll();
            add(new H1("Plan not found"), new Paragraph(refused.getMessage()), new RouterLink("All plans", PlansView.class));
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editor == null || !editor.isDirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog ask = new ConfirmDialog("Unsaved changes", "Your changes to this plan are not saved. Leave and lose them?",
                "Leave", e -> {
                    editor.discard();
                    leave.proceed();
                }, "Stay", e -> { });
        ask.setConfirmButtonTheme("error primary");
        ask.open();
    }

    /** Shows a saved plan as it is stored, dropping any unsaved edits. */
    private void show(PlanView view) {
        QuestionPlan plan = view.plan();
        RoleView role = roles.get(plan.roleId());
        PlanLibrary library = PlanLibrary.forRole(role, competencies, questions);
        boolean draft = plan.state() == PlanState.DRAFT;
        removeAll();
        H1 title = new H1(plan.name());
        title.setId("home-heading");
        Span state = PlansView.badge(plan.state());
        state.setId("plan-state");
        HorizontalLayout heading = new HorizontalLayout(title, state);
        heading.setAlignItems(Alignment.BASELINE);
        add(new RouterLink("← All plans", PlansView.class), heading, new Paragraph("For the role " + role.role().name()
                + " (" + role.role().level() + "). " + (draft
                ? "Add the interviews in the order the candidate meets them; the coverage beside them updates as you edit."
                : readOnlyNote(plan))));
        if (draft) {
            editor = new DraftEditor(plans, questions, actor, library, plan, this::show, this::open);
            add(editor);
            return;
        }
        editor = null;
        TextField name = new TextField("Plan name");
        name.setId("plan-name");
        name.setValue(plan.name());
        name.setReadOnly(true);
        StageList stages = new StageList(library, () -> { });
        stages.show(library.beans(plan.stages(), questions.byIds(plan.questionIds())), true);
        CoverageMatrix matrix = new CoverageMatrix();
        matrix.show(view.coverage(), library);
        add(readOnlyActions(plan, view), columns(new Div(name, stages), matrix));
    }

    private static String readOnlyNote(QuestionPlan plan) {
        String text = (plan.publishedAt() == null ? "" : "Published on " + ReaderTime.current().day(plan.publishedAt()) + " by "
                + plan.publishedBy() + (plan.state() == PlanState.RETIRED ? ", since retired. " : ". "))
                + "It is read-only: to change it, edit it as a new draft.";
        return plan.overrideReason() == null ? text : text + " Published despite the coverage check, because: " + plan.overrideReason();
    }

    private HorizontalLayout readOnlyActions(QuestionPlan plan, PlanView view) {
        Button newDraft = new Button("Edit as new draft", VaadinIcon.EDIT.create(),
                e -> attempt(() -> open(plans.newDraftFrom(actor, plan.id()).plan().id())));
        newDraft.setId("new-draft");
        newDraft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(newDraft);
        if (plan.state() == PlanState.PUBLISHED) {
            Button retire = new Button("Retire", e -> attempt(() -> show(new PlanView(plans.retire(actor, plan.id()), view.coverage()))));
            retire.setId("retire-plan");
            retire.setTooltipText("No new loops on this plan; loops already open keep it.");
            bar.add(retire);
        }
        return bar;
    }

    private void open(long planId) {
        UI.getCurrent().navigate(PlanBuilderView.class, new RouteParameters(PLAN_ID, String.valueOf(planId)));
    }

    private static void attempt(Runnable action) {
        try {
            action.run();
        } catch (PanelException refused) {
            error(refused.getMessage());
        }
    }

    /** The stages on the left, the coverage matrix beside them, staying in view while the stages scroll. */
    static FlexLayout columns(Div stages, Component matrix) {
        stages.getStyle().set("flex", "3 1 30rem").set("min-width", "0").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-m)");
        matrix.getStyle().set("flex", "2 1 20rem").set("position", "sticky").set("top", "4rem").set("align-self", "flex-start")
                .set("min-width", "0");
        FlexLayout columns = new FlexLayout(stages, matrix);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        columns.setWidthFull();
        return columns;
    }

    static void error(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
