package dev.panel.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.panel.common.PanelException;
import dev.panel.plan.PlanService;
import dev.panel.plan.PlanState;
import dev.panel.plan.QuestionPlan;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.security.CurrentUser;
import dev.panel.user.Actor;
import dev.panel.security.ReaderTime;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every question plan, by role and state; a click opens the builder, "New plan" starts an empty draft. */
@Prototype
@Route("library/plans")
@Menu(title = "Question plans", order = 32, icon = "vaadin:sitemap")
@PageTitle("Question plans · Panel")
@RolesAllowed("HIRING_MANAGER")
public class PlansView extends VerticalLayout {

    private final ReaderTime reader = ReaderTime.current();

    private final PlanService plans;
    private final ComboBox<RoleView> role = new ComboBox<>("Role");
    private final Select<PlanState> state = new Select<>();
    private final Grid<QuestionPlan> grid = new Grid<>();

    PlansView(PlanService plans, RoleService roles) {
        this.plans = plans;
        Actor actor = CurrentUser.actor();
        setMaxWidth("100rem");
        List<RoleView> allRoles = roles.list();
        Map<Long, String> roleNames = allRoles.stream().collect(Collectors.toMap(r -> r.role().id(), r -> r.role().name()));
        H1 title = new H1("Question plans");
        title.setId("home-heading");
        Button add = new Button("New plan", e -> newPlan(actor, allRoles));
        add.setId("new-plan");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        role.setId("plan-filter-role");
        role.setItems(allRoles);
        role.setItemLabelGenerator(r -> r.role().name());
        role.setClearButtonVisible(true);
        role.setPlaceholder("All roles");
        state.setId("plan-filter-state");
        state.setLabel("State");
        state.setItems(PlanState.values());
        state.setEmptySelectionAllowed(true);
        state.setItemLabelGenerator(s -> s == null ? "Any" : label(s));
        role.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());

        grid.setId("plan-grid");
        grid.addColumn(QuestionPlan::name).setHeader("Plan").setFlexGrow(3);
        grid.addColumn(p -> roleNames.getOrDefault(p.roleId(), "role " + p.roleId())).setHeader("Role").setFlexGrow(2);
        grid.addComponentColumn(p -> badge(p.state())).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.stages().size()).setHeader("Stages").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.stages().stream().mapToInt(s -> s.minutes()).sum() + " min").setHeader("Length").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.publishedAt() == null ? "—" : reader.day(p.publishedAt()) + " by " + p.publishedBy()
                + (p.overrideReason() == null ? "" : " (override)")).setHeader("Published").setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(PlanBuilderView.class,
                new RouteParameters(PlanBuilderView.PLAN_ID, String.valueOf(e.getItem().id()))));

        HorizontalLayout header = new HorizontalLayout(title, add);
        header.setAlignItems(Alignment.BASELINE);
        HorizontalLayout filters = new HorizontalLayout(role, state);
        filters.setAlignItems(Alignment.BASELINE);
        add(header, new Paragraph("A plan is a role's interview loop: its stages in order, what each judges and asks. "
                + "Drafts change; published plans are used for loops and are read-only."), filters, grid);
        refresh();
    }

    private void newPlan(Actor actor, List<RoleView> allRoles) {
        new NewPlanDialog(allRoles, draft -> UI.getCurrent().navigate(PlanBuilderView.class,
                new RouteParameters(PlanBuilderView.PLAN_ID, String.valueOf(plans.create(actor, draft).plan().id())))).open();
    }

    private void refresh() {
        PlanState wanted = state.getValue();
        grid.setItems(plans.list(role.getValue() == null ? null : role.getValue().role().id()).stream()
                .filter(p -> wanted == null || p.state() == wanted).toList());
    }

    static String label(PlanState state) {
        return switch (state) {
            case DRAFT -> "Draft";
            case PUBLISHED -> "Published";
            case RETIRED -> "Retired";
        };
    }

    static Span badge(PlanState state) {
        Span badge = new Span(label(state));
        badge.getElement().getThemeList().add("badge pill" + switch (state) {
            case DRAFT -> "";
            case PUBLISHED -> " success";
            case RETIRED -> " contrast";
        });
        badge.addClassName("plan-state");
        return badge;
    }
}
