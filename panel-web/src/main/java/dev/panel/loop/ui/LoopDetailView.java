package dev.panel.loop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.panel.candidate.CandidateService;
import dev.panel.common.PanelException;
import dev.panel.drill.CalibratedStatusService;
import dev.panel.loop.AssignPanel;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.InterviewView;
import dev.panel.loop.LoopOpening;
import dev.panel.loop.LoopService;
import dev.panel.candidate.Candidate;
import dev.panel.outcome.CheckpointService;
import dev.panel.outcome.OutcomeImportService;
import dev.panel.outcome.OutcomeService;
import dev.panel.privacy.CandidatePrivacy;
import dev.panel.user.Role;
import io.micronaut.json.JsonMapper;
import dev.panel.loop.LoopState;
import dev.panel.loop.LoopView;
import dev.panel.scorecard.ScorecardService;
import dev.panel.scorecard.ScorecardState;
import dev.panel.scorecard.ScorecardStatus;
import dev.panel.security.CurrentUser;
import dev.panel.security.ReaderTime;
import dev.panel.user.Actor;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One loop as a recruiter tracks it: each interview's time and panel, whose scorecards are in and whose are
 * overdue, and, until scoring starts, a way to change an interview's time and panel.
 */
@Prototype
@Route("loops/:loopId(\\d+)")
@PageTitle("Loop · Panel")
@RolesAllowed({"RECRUITER", "HIRING_MANAGER"})
public class LoopDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final LoopService loops;
    private final LoopOpening opening;
    private final ScorecardService scorecards;
    private final CandidateService candidates;
    private final UserService users;
    private final CalibratedStatusService statuses;
    private final Clock clock;
    private final CandidatePrivacy privacy;
    private final JsonMapper json;
    private final OutcomeService outcomes;
    private final CheckpointService checkpoints;
    private final OutcomeImportService outcomeImports;
    private Actor actor;
    private ReaderTime reader;
    private long loopId;

    LoopDetailView(LoopService loops, LoopOpening opening, ScorecardService scorecards, CandidateService candidates, UserService users,
                   CalibratedStatusService statuses, Clock clock, CandidatePrivacy privacy, JsonMapper json, OutcomeService outcomes,
                   CheckpointService checkpoints, OutcomeImportService outcomeImports) {
        this.outcomes = outcomes;
        this.checkpoints = checkpoints;
        this.outcomeImports = outcomeImports;
        this.statuses = statuses;
        this.privacy = privacy;
        this.json = json;
        this.loops = loops;
        this.opening = opening;
        this.scorecards = scorecards;
        this.candidates = candidates;
        this.users = users;
        this.clock = clock;
        setMaxWidth("70rem");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = CurrentUser.actor();
        reader = ReaderTime.current();
        loopId = event.getRouteParameters().getLong("loopId").orElse(-1L);
        render();
    }

    private void render() {
        removeAll();
        try {
            LoopView loop = loops.get(actor, loopId);
            build(loop, scorecards.progress(actor, loopId));
        } catch (PanelException refused) {
            add(new H1("Loop not found"), new Paragraph(refused.getMessage()));
        }
    }

    private void build(LoopView loop, List<ScorecardStatus> progress) {
        Candidate candidate = candidates.get(loop.loop().candidateId());
        H1 title = new H1(candidate.name());
        title.setId("loop-heading");
        add(title, new Paragraph(loop.loop().planSnapshot().planName() + " · opened by " + loop.loop().openedBy()
                + " on " + reader.moment(loop.loop().openedAt())));
        if (actor.mayActAs(Role.RECRUITER)) {
            add(new CandidatePrivacyActions(privacy, json, actor, candidate, scorecards.stillScoring(actor, loopId),
                    deleted -> {
                        if (deleted) {
                            getUI().ifPresent(ui -> ui.navigate("loops"));
                        } else {
                            render();
                        }
                    }));
        }

        Instant now = clock.instant();
        long in = progress.stream().filter(ScorecardStatus::isSubmitted).count();
        long overdue = progress.stream().filter(s -> s.isOverdue(now)).count();
        Paragraph summary = new Paragraph(loop.loop().state() == LoopState.DECIDED ? "Decided."
                : in + " of " + progress.size() + " scorecards in" + (overdue == 0 ? "." : ", " + overdue + " overdue."));
        summary.setId("loop-summary");
        summary.getStyle().set("font-weight", "600");
        add(summary);
        if (loops.managesRole(actor, loop.loop())) {
            // By its path: the decision feature depends on loops, so loops does not name its views.
            Anchor debrief = new Anchor("loops/" + loopId + "/debrief", "Open the debrief");
            debrief.getElement().setAttribute("router-link", true);
            debrief.setId("debrief-link");
            add(debrief);
        }

        Map<Long, User> people = users.byIds(progress.stream().map(ScorecardStatus::interviewerId).distinct().toList());
        Map<Long, List<ScorecardStatus>> byInterview = progress.stream().collect(Collectors.groupingBy(ScorecardStatus::interviewId));
        for (InterviewView interview : loop.interviews()) {
            add(interviewBox(loop, interview, byInterview.getOrDefault(interview.interview().id(), List.of()), people, now));
        }
        if (loop.loop().state() == LoopState.DECIDED) {
            try {
                LaterOutcomes later = new LaterOutcomes(outcomes, checkpoints, outcomeImports, actor, candidate.id(), reader);
                if (later.hasHire()) {
                    add(later);
                }
            } catch (PanelException notTheirs) {
                // Outcomes are not this reader's to see (they sit on the panel and have not submitted): the loop page stays.
            }
        }
    }

    private Component interviewBox(LoopView loop, InterviewView interview, List<ScorecardStatus> statuses, Map<Long, User> people, Instant now) {
        FrozenPlan.Stage stage = interview.stage();
        Div box = new Div();
        box.addClassName("loop-interview");
        box.getElement().setAttribute("data-stage", String.valueOf(interview.interview().stageIndex()));
        box.setWidthFull();
        box.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Instant at = interview.interview().scheduledAt();
        Paragraph about = new Paragraph((at == null ? "Not scheduled" : reader.moment(at)) + " · " + stage.minutes() + " minutes · focus: "
                + stage.focus().stream().map(FrozenPlan.Focus::name).collect(Collectors.joining(", ")));
        about.addClassName("interview-when");
        about.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        box.add(new H3((interview.interview().stageIndex() + 1) + ". " + stage.name()), about);

        UnorderedList panel = new UnorderedList();
        panel.addClassName("interview-panelists");
        if (statuses.isEmpty()) {
            panel.add(new ListItem("No interviewers yet (the stage asks for " + stage.interviewers() + ")."));
        }
        for (ScorecardStatus status : statuses) {
            User user = people.get(status.interviewerId());
            Span state = stateOf(status, now);
            String theirTime = user == null ? null : reader.theirTime(at, user.timeZone());
            Span who = new Span((user == null ? "User " + status.interviewerId() : user.displayName())
                    + (theirTime == null ? "" : " (" + theirTime + ")") + ": ");
            ListItem item = new ListItem(who, state);
            item.addClassName("panelist");
            if (theirTime != null) {
                item.getElement().setAttribute("data-their-time", theirTime);
            }
            panel.add(item);
        }
        box.add(panel);
        if (loop.loop().state() == LoopState.OPEN && !scorecards.anyStarted(interview.interview().id())) {
            Button change = new Button("Change time or panel", click -> editPanel(box, click.getSource(), interview));
            change.addClassName("change-panel");
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(change);
        }
        return box;
    }

    private void editPanel(Div box, Button change, InterviewView interview) {
        change.setVisible(false);
        PanelPicker picker = new PanelPicker(interview.stage().interviewers(),
                interview.stage().focus().stream().map(FrozenPlan.Focus::competencyId).collect(Collectors.toSet()),
                PanelChoices.read(users, loops, statuses));
        picker.show(interview.interview().scheduledAt(), interview.panelistIds());
        Button save = new Button("Save");
        save.addClassName("save-panel");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                opening.assign(actor, interview.interview().id(), new AssignPanel(picker.scheduledAt(), picker.interviewerIds(),
                        interview.interview().version()),
                        scorecards.anyStarted(interview.interview().id()));
                Notification.show("Saved.", 3000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (PanelException refused) {
                Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        Button cancel = new Button("Cancel", click -> render());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        box.add(picker, new Div(save, cancel));
    }

    private Span stateOf(ScorecardStatus status, Instant now) {
        Span state;
        if (status.isSubmitted()) {
            state = new Span("submitted " + reader.moment(status.submittedAt()));
            state.getStyle().set("color", "var(--lumo-success-text-color)");
        } else if (status.isOverdue(now)) {
            state = new Span((status.state() == ScorecardState.DRAFT ? "draft, " : "not started, ") + "overdue since " + reader.moment(status.dueAt()));
            state.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        } else {
            state = new Span(status.state() == ScorecardState.DRAFT ? "writing (draft)" : "not started");
        }
        state.addClassName("scorecard-state");
        state.getElement().setAttribute("data-state", status.isSubmitted() ? "submitted" : status.isOverdue(now) ? "overdue" : "waiting");
        return state;
    }
}
