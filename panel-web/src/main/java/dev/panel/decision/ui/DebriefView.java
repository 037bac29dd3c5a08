package dev.panel.decision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.panel.calibration.CalibrationService;
import dev.panel.candidate.CandidateService;
import dev.panel.common.PanelException;
import dev.panel.decision.Decision;
import dev.panel.decision.DecisionService;
import dev.panel.decision.MissingScorecard;
import dev.panel.loop.HiringLoop;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopView;
import dev.panel.scorecard.PanelComparison;
import dev.panel.scorecard.Rating;
import dev.panel.scorecard.Recommendation;
import dev.panel.scorecard.ScorecardService;
import dev.panel.scorecard.ScorecardStatus;
import dev.panel.security.CurrentUser;
import dev.panel.user.Actor;
import dev.panel.user.User;
import dev.panel.user.UserService;
import dev.panel.security.ReaderTime;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The debrief of a loop: the submitted scorecards side by side, disagreements marked, and the decision. */
@Prototype
@Route("loops/:loopId(\\d+)/debrief")
@PageTitle("Debrief · Panel")
@RolesAllowed("HIRING_MANAGER")
public class DebriefView extends VerticalLayout implements BeforeEnterObserver {

    private final ReaderTime reader = ReaderTime.current();

    private final LoopService loops;
    private final ScorecardService scorecards;
    private final DecisionService decisions;
    private final CandidateService candidates;
    private final UserService users;
    private final CalibrationService calibration;
    private Actor actor;
    private long loopId;

    DebriefView(LoopService loops, ScorecardService scorecards, DecisionService decisions, CandidateService candidates, UserService users,
                CalibrationService calibration) {
        this.calibration = calibration;
        this.loops = loops;
        this.scorecards = scorecards;
        this.decisions = decisions;
        this.candidates = candidates;
        this.users = users;
        setMaxWidth("90rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = CurrentUser.actor();
        loopId = event.getRouteParameters().getLong("loopId").orElse(-1L);
        render();
    }

    private void render() {
        removeAll();
        try {
            LoopView loop = loops.get(actor, loopId);
            build(loop.loop(), scorecards.progress(actor, loopId));
        } catch (PanelException refused) {
            add(new H1("Loop not found"), new Paragraph(refused.getMessage()));
        }
    }

    private void build(HiringLoop loop, List<ScorecardStatus> progress) {
        H1 title = new H1("Debrief: " + candidates.get(loop.candidateId()).name());
        title.setId("debrief-heading");
        add(title, new Paragraph(loop.planSnapshot().planName()));

        Map<Long, User> people = users.byIds(progress.stream().map(ScorecardStatus::interviewerId).distinct().toList());
        List<MissingScorecard> missing = decisions.missingScorecards(actor, loopId);
        Paragraph waiting = new Paragraph(missing.isEmpty() ? "All " + progress.size() + " scorecards are in."
                : "Waiting for " + missing.size() + " of " + progress.size() + " scorecards: "
                + String.join(", ", missing.stream().map(MissingScorecard::label).toList()) + ".");
        waiting.setId("missing-scorecards");
        add(waiting);

        PanelComparison comparison = PanelComparison.of(loop.planSnapshot(), scorecards.visible(actor, loopId));
        add(tally(comparison.recommendations()), matrix(comparison, people), fairScore(loop));

        if (scorecards.stillScoring(actor, loopId)) {
            Paragraph first = new Paragraph("You sit on this candidate's panel: the others' scorecards and the decision show here once "
                    + "you have submitted your own.");
            first.setId("submit-own-first");
            add(new H2("Decision"), first);
            return;
        }
        Optional<Decision> decided = decisions.of(actor, loopId);
        if (decided.isPresent()) {
            Decision d = decided.get();
            Paragraph recorded = new Paragraph(d.outcome().label() + ", decided by " + d.decidedBy() + " on " + reader.moment(d.decidedAt())
                    + ": " + d.reason());
            recorded.setId("decision-recorded");
            add(new H2("Decision"), recorded);
            if (d.wasEarly()) {
                Paragraph early = new Paragraph("Decided before every scorecard was in, because: " + d.earlyReason());
                early.setId("decision-early-reason");
                add(early);
            }
        } else {
            DecisionForm form = new DecisionForm(missing);
            form.addDecideListener(e -> decide(form, e.draft()));
            add(form);
        }
    }

    private void decide(DecisionForm form, DecisionForm.Draft draft) {
        try {
            decisions.decide(actor, loopId, draft.getOutcome(), draft.getReason(), draft.getEarlyReason());
            Notification.show("Decision recorded.", 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        } catch (PanelException refused) {
            Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            form.enableAgain();
        }
    }

    /** The candidate's raw mean beside the fair score, from every submitted rating for the role, so a harsh panel is seen as harsh. */
    private Component fairScore(HiringLoop loop) {
        Div box = new Div(new H2("Severity-adjusted score"));
        box.setId("fair-score");
        Paragraph line = new Paragraph(calibration.candidate(actor, loop.roleId(), loop.candidateId())
                .map(c -> "Raw mean " + decimal(c.rawMean()) + " · fair score " + decimal(c.fairScore()) + " ± " + decimal(c.fairSe())
                        + " over " + c.ratings() + " ratings. The fair score is the rating an average interviewer would give on an "
                        + "average competency, estimated from every submitted scorecard for this role (many-facet Rasch model).")
                .orElse("No submitted rating yet, so there is no fair score."));
        line.addClassName("fair-score-line");
        box.add(line);
        return box;
    }

    private static String decimal(double value) {
        return Double.isNaN(value) ? "—" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private static Div tally(Map<Recommendation, Integer> recommendations) {
        Div tally = new Div();
        tally.setId("recommendation-tally");
        tally.add(new H2("Recommendations"));
        for (Recommendation r : Recommendation.values()) {
            Span item = new Span(r.label() + ": " + recommendations.get(r));
            item.getStyle().set("margin-right", "var(--lumo-space-l)").set("font-weight", recommendations.get(r) > 0 ? "600" : "normal");
            tally.add(item);
        }
        return tally;
    }

    private Component matrix(PanelComparison comparison, Map<Long, User> people) {
        Grid<PanelComparison.Row> grid = new Grid<>();
        grid.setId("debrief-matrix");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        grid.addColumn(PanelComparison.Row::name).setHeader("Competency").setAutoWidth(true).setFlexGrow(0);
        for (long panelist : comparison.panelists()) {
            grid.addComponentColumn(row -> cell(row, row.byPanelist().get(panelist))).setHeader(name(people, panelist));
        }
        grid.addComponentColumn(row -> {
            Span spread = new Span(row.isDisagreement() ? "Spread " + row.spread() + ": discuss" : "Spread " + row.spread());
            if (row.isDisagreement()) {
                spread.addClassName("disagreement");
                spread.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            }
            return spread;
        }).setHeader("Agreement").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(comparison.rows());
        // As wide as the page and no wider: on a narrow screen the grid scrolls its panelists' columns sideways, not the page.
        grid.setWidthFull();
        Div wrapper = new Div(new H2("Ratings side by side"), grid);
        wrapper.setWidthFull();
        if (comparison.rows().isEmpty()) {
            wrapper.add(new Paragraph("No scorecard is submitted yet."));
        }
        return wrapper;
    }

    private static Component cell(PanelComparison.Row row, List<Rating> ratings) {
        if (ratings == null) {
            return new Span("—");
        }
        Div box = new Div();
        for (Rating rating : ratings) {
            Details evidence = new Details(new Span(String.valueOf(rating.level())), new Paragraph(rating.evidence()));
            evidence.addClassName("rating-cell");
            box.add(evidence);
        }
        if (row.isDisagreement()) {
            box.getStyle().set("background", "var(--lumo-error-color-10pct)").set("border-radius", "var(--lumo-border-radius-s)")
                    .set("padding", "0 var(--lumo-space-xs)");
        }
        return box;
    }

    private static String name(Map<Long, User> people, long id) {
        User user = people.get(id);
        return user == null ? "Panelist " + id : user.displayName();
    }

}
