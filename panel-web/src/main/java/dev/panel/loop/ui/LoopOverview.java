package dev.panel.loop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.panel.candidate.Candidate;
import dev.panel.candidate.CandidateService;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopState;
import dev.panel.loop.LoopView;
import dev.panel.role.RoleService;
import dev.panel.scorecard.ScorecardService;
import dev.panel.scorecard.ScorecardStatus;
import dev.panel.user.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The loops an actor may see, newest first: each candidate's name links to the loop, with its role and plan,
 * how many scorecards are in and how many are overdue.
 */
public class LoopOverview extends Div {

    public LoopOverview(Actor actor, LoopService loops, ScorecardService scorecards, CandidateService candidates, RoleService roles,
                        Clock clock) {
        setId("loop-overview");
        setWidthFull();
        List<LoopView> visible = loops.list(actor);
        if (visible.isEmpty()) {
            add(new Paragraph("No loops yet. Open one for a candidate on a published plan."));
            return;
        }
        Instant now = clock.instant();
        Map<Long, Candidate> people = candidates.byIds(visible.stream().map(l -> l.loop().candidateId()).toList());
        Map<Long, String> roleNames = roles.list().stream().collect(Collectors.toMap(r -> r.role().id(), r -> r.role().name()));
        Map<Long, List<ScorecardStatus>> progressByLoop = scorecards.progress(visible);
        for (LoopView loop : visible) {
            List<ScorecardStatus> progress = progressByLoop.get(loop.loop().id());
            long in = progress.stream().filter(ScorecardStatus::isSubmitted).count();
            long overdue = progress.stream().filter(s -> s.isOverdue(now)).count();
            Candidate candidate = people.get(loop.loop().candidateId());
            RouterLink name = new RouterLink(candidate == null ? "Candidate " + loop.loop().candidateId() : candidate.name(),
                    LoopDetailView.class, new RouteParameters("loopId", String.valueOf(loop.loop().id())));
            name.addClassName("loop-link");
            name.getStyle().set("font-weight", "600");
            Span role = new Span(roleNames.getOrDefault(loop.loop().roleId(), "") + " · " + loop.loop().planSnapshot().planName());
            role.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0 var(--lumo-space-m)");
            Span state = new Span(loop.loop().state() == LoopState.DECIDED ? "Decided"
                    : in + " of " + progress.size() + " scorecards in" + (overdue == 0 ? "" : ", " + overdue + " overdue"));
            state.addClassName("loop-progress");
            if (overdue > 0) {
                state.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            Div line = new Div(name, role, state);
            line.addClassName("loop-line");
            line.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            add(line);
        }
    }
}
