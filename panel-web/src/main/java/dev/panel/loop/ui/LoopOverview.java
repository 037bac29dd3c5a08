package dev.panel.loop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.panel.candidate.Candidate;
import dev.panel.candidate.CandidateService;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopState;
import dev.panel.loop.LoopView;
import dev.panel.role.RoleService;
import dev.panel.scorecard.ScorecardService;
import dev.panel.scorecard.ScorecardState;
import dev.panel.scorecard.ScorecardStatus;
import dev.panel.user.Actor;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The loops an actor may see, newest first, with how many scorecards are in. {@code debriefLink} makes the
 * link to a loop's debrief, for those who may open it.
 */
public class LoopOverview extends Div {

    public LoopOverview(Actor actor, LoopService loops, ScorecardService scorecards, CandidateService candidates, RoleService roles,
                        Function<LoopView, Component> debriefLink) {
        setId("loop-overview");
        add(new H2("Loops"));
        List<LoopView> visible = loops.list(actor);
        if (visible.isEmpty()) {
            add(new Paragraph("No loops yet. A recruiter opens one for a candidate on a published plan."));
            return;
        }
        Map<Long, Candidate> people = candidates.byIds(visible.stream().map(l -> l.loop().candidateId()).toList());
        Map<Long, String> roleNames = roles.list().stream().collect(Collectors.toMap(r -> r.role().id(), r -> r.role().name()));
        for (LoopView loop : visible) {
            List<ScorecardStatus> progress = scorecards.progress(actor, loop.loop().id());
            long in = progress.stream().filter(p -> p.state() == ScorecardState.SUBMITTED).count();
            Candidate candidate = people.get(loop.loop().candidateId());
            Span name = new Span(candidate == null ? "Candidate " + loop.loop().candidateId() : candidate.name());
            name.getStyle().set("font-weight", "600");
            Span role = new Span(roleNames.getOrDefault(loop.loop().roleId(), "") + " · " + loop.loop().planSnapshot().planName());
            role.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0 var(--lumo-space-m)");
            Span state = new Span(loop.loop().state() == LoopState.DECIDED ? "Decided"
                    : in + " of " + progress.size() + " scorecards in");
            state.addClassName("loop-progress");
            Div line = new Div(name, role, state, new Span(" "), debriefLink.apply(loop));
            line.addClassName("loop-line");
            line.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            add(line);
        }
    }

}
