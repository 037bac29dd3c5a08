package dev.panel.scorecard.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.panel.loop.FrozenPlan;
import dev.panel.scorecard.Rating;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardState;
import dev.panel.scorecard.ScorecardStatus;
import dev.panel.user.User;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rest of the panel's scorecards for this candidate. Before the interviewer submits, only a count;
 * the scorecards themselves come from ScorecardService.visible, which shows nothing of the others until
 * the reader's own is in.
 */
class PanelSection extends Div {

    PanelSection() {
        setId("panel-scorecards");
    }

    void show(long me, List<ScorecardStatus> progress, List<Scorecard> visible, Map<Long, User> people, List<FrozenPlan.Stage> stages) {
        removeAll();
        add(new H2("The panel"));
        long submitted = progress.stream().filter(p -> p.state() == ScorecardState.SUBMITTED).count();
        Paragraph count = new Paragraph(submitted + " of " + progress.size() + " scorecards for this candidate are submitted.");
        count.setId("panel-progress");
        add(count);
        List<Scorecard> others = visible.stream().filter(s -> s.interviewerId() != me).toList();
        boolean mineIn = visible.stream().anyMatch(s -> s.interviewerId() == me && s.isSubmitted());
        if (!mineIn) {
            add(new Paragraph("The other panelists' scorecards appear here once you have submitted yours, so that your ratings are your own."));
            return;
        }
        Map<Long, String> names = stages.stream().flatMap(s -> s.focus().stream())
                .collect(Collectors.toMap(FrozenPlan.Focus::competencyId, FrozenPlan.Focus::name, (a, b) -> a));
        if (others.isEmpty()) {
            add(new Paragraph("No one else has submitted yet."));
        }
        for (Scorecard card : others) {
            User who = people.get(card.interviewerId());
            Div body = new Div();
            for (Rating rating : card.ratings()) {
                Paragraph line = new Paragraph(names.getOrDefault(rating.competencyId(), "Competency " + rating.competencyId())
                        + ": " + rating.level() + " — " + rating.evidence());
                line.getStyle().set("margin", "0 0 var(--lumo-space-xs) 0");
                body.add(line);
            }
            Span summary = new Span((who == null ? "Panelist " + card.interviewerId() : who.displayName()) + " · "
                    + (card.recommendation() == null ? "no recommendation" : card.recommendation().label()));
            Details details = new Details(summary, body);
            details.addClassName("panel-scorecard");
            add(details);
        }
    }

    static Map<Long, User> byId(List<User> users) {
        return users.stream().collect(Collectors.toMap(User::id, Function.identity()));
    }
}
