package dev.panel.loop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.panel.candidate.Candidate;
import dev.panel.candidate.CandidateService;
import dev.panel.common.InvalidInputException;
import dev.panel.drill.CalibratedStatusService;
import dev.panel.common.PanelException;
import dev.panel.loop.LoopOpening;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.loop.OpeningConcerns;
import dev.panel.plan.PlanService;
import dev.panel.plan.PlanStage;
import dev.panel.plan.PlanState;
import dev.panel.plan.QuestionPlan;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.security.CurrentUser;
import dev.panel.security.ReaderTime;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.UserService;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opening a loop: a candidate (new or known), a published plan, and for each of its stages the time and the
 * interviewers, each shown with their coming load. Nothing is saved until "Open loop"; a refusal leaves every
 * choice on screen. A time already past or a panel short of its stage's count is named in a dialog to confirm first.
 */
@Prototype
@Route("loops/new")
@PageTitle("Open a loop · Panel")
@RolesAllowed({"RECRUITER", "HIRING_MANAGER"})
public class OpenLoopView extends VerticalLayout {

    private final LoopService loops;
    private final LoopOpening opening;
    private final UserService users;
    private final CalibratedStatusService statuses;
    private final Clock clock;
    private final Actor actor = CurrentUser.actor();
    private final ComboBox<Candidate> candidate = new ComboBox<>("Candidate");
    private final ComboBox<QuestionPlan> plan = new ComboBox<>("Published plan");
    private final Div stages = new Div();
    private final List<PanelPicker> pickers = new ArrayList<>();
    private final Button open = new Button("Open loop");

    OpenLoopView(LoopService loops, LoopOpening opening, CandidateService candidates, PlanService plans, RoleService roles, UserService users,
                 CalibratedStatusService statuses, Clock clock) {
        this.clock = clock;
        this.loops = loops;
        this.opening = opening;
        this.users = users;
        this.statuses = statuses;
        setMaxWidth("70rem");
        setPadding(true);
        H1 title = new H1("Open a loop");
        title.setId("open-loop-heading");
        add(title, new Paragraph("A loop is one candidate's interviews for a role: one interview per stage of a published plan. "
                + "Times and panels can be left open now and set later, until scoring starts."));

        candidate.setId("loop-candidate");
        candidate.setItems(candidates.list(actor));
        candidate.setItemLabelGenerator(c -> c.email() == null ? c.name() : c.name() + " <" + c.email() + ">");
        candidate.setWidth("24rem");
        candidate.setRequiredIndicatorVisible(true);
        Button newCandidate = new Button("New candidate", click -> new NewCandidateDialog(candidates, actor, created -> {
            candidate.setItems(candidates.list(actor));
            candidate.setValue(created);
        }).open());
        newCandidate.setId("new-candidate");
        newCandidate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        List<RoleView> allRoles = roles.list();
        Map<Long, String> roleNames = allRoles.stream().collect(Collectors.toMap(r -> r.role().id(), r -> r.role().name()));
        // a hiring manager opens loops on the plans of the roles they manage only (LoopService refuses the others)
        Set<Long> openable = allRoles.stream().filter(r -> actor.mayActAs(Role.RECRUITER) || r.role().isManagedBy(actor))
                .map(r -> r.role().id()).collect(Collectors.toSet());
        plan.setId("loop-plan");
        plan.setItems(plans.list(null).stream().filter(p -> p.state() == PlanState.PUBLISHED && openable.contains(p.roleId())).toList());
        plan.setItemLabelGenerator(p -> roleNames.getOrDefault(p.roleId(), "Role " + p.roleId()) + " · " + p.name());
        plan.setWidth("28rem");
        plan.setRequiredIndicatorVisible(true);
        plan.addValueChangeListener(change -> showStages(change.getValue()));

        HorizontalLayout who = new HorizontalLayout(candidate, newCandidate, plan);
        who.setAlignItems(FlexComponent.Alignment.BASELINE);
        who.setWrap(true);
        stages.setId("loop-stages");
        stages.setWidthFull();

        open.setId("open-loop");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setDisableOnClick(true);
        open.addClickListener(click -> openLoop());
        add(who, stages, open);
        showStages(null);
    }

    private void showStages(QuestionPlan chosen) {
        stages.removeAll();
        pickers.clear();
        if (chosen == null) {
            stages.add(new Paragraph("Pick a published plan to see its stages."));
            return;
        }
        PanelChoices choices = PanelChoices.read(users, loops, statuses);
        int number = 1;
        for (PlanStage stage : chosen.stages()) {
            PanelPicker picker = new PanelPicker(stage.interviewers(), Set.copyOf(stage.focusCompetencyIds()), choices);
            pickers.add(picker);
            H3 heading = new H3(number++ + ". " + stage.name());
            Paragraph about = new Paragraph(stage.minutes() + " minutes, " + stage.interviewers()
                    + (stage.interviewers() == 1 ? " interviewer" : " interviewers"));
            about.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
            Div box = new Div(heading, about, picker);
            box.addClassName("loop-stage");
            box.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            stages.add(box);
        }
    }

    /** Asks to confirm first when something about the loop is odd (a time past, a short panel), naming each thing. */
    private void openLoop() {
        if (candidate.getValue() == null || plan.getValue() == null) {
            refused(new InvalidInputException("Pick the candidate and the plan first."));
            return;
        }
        List<OpenLoop.Assignment> interviews = new ArrayList<>();
        for (int stage = 0; stage < pickers.size(); stage++) {
            PanelPicker picker = pickers.get(stage);
            interviews.add(new OpenLoop.Assignment(stage, picker.scheduledAt(), picker.interviewerIds()));
        }
        ReaderTime reader = ReaderTime.current();
        List<String> concerns = OpeningConcerns.of(plan.getValue().stages(), interviews, clock.instant(), reader::moment);
        if (concerns.isEmpty()) {
            openLoop(interviews);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("open-loop-concerns");
        concerns.forEach(c -> list.add(new ListItem(c)));
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("open-loop-confirm");
        confirm.setHeader("Open this loop as it is?");
        confirm.setText(new Div(new Paragraph(concerns.size() == 1 ? "One thing looks wrong:" : concerns.size() + " things look wrong:"), list));
        confirm.setCancelable(true);
        confirm.setCancelText("Go back and fix it");
        confirm.addCancelListener(e -> open.setEnabled(true));
        confirm.setConfirmText("Open it anyway");
        confirm.addConfirmListener(e -> openLoop(interviews));
        confirm.open();
    }

    private void openLoop(List<OpenLoop.Assignment> interviews) {
        try {
            LoopView opened = opening.open(actor, new OpenLoop(candidate.getValue().id(), plan.getValue().id(), interviews));
            Notification.show("Loop opened for " + candidate.getValue().name() + ".", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(LoopDetailView.class, new RouteParameters("loopId", String.valueOf(opened.loop().id()))));
        } catch (PanelException refused) {
            refused(refused);
        }
    }

    private void refused(PanelException refused) {
        Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        open.setEnabled(true);
    }
}
