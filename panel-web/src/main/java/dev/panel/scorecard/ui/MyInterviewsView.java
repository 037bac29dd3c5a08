package dev.panel.scorecard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.panel.candidate.Candidate;
import dev.panel.candidate.CandidateService;
import dev.panel.drill.CalibratedCompetency;
import dev.panel.drill.CalibratedStatusService;
import dev.panel.loop.InterviewView;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopView;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardService;
import dev.panel.security.CurrentUser;
import dev.panel.security.ReaderTime;
import dev.panel.user.Actor;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** An interviewer's interviews: today's, upcoming and past, with the scorecards still to submit and the overdue ones marked. */
@Prototype
@Route("interviews")
@Menu(title = "My interviews", order = 2, icon = "vaadin:comments-o")
@PageTitle("My interviews · Panel")
@RolesAllowed({"INTERVIEWER", "HIRING_MANAGER"})
public class MyInterviewsView extends VerticalLayout {

    /** A scorecard is overdue when it is not in this long after the interview. */
    static final Duration OVERDUE_AFTER = Duration.ofHours(24);
    /** Days are the reader's: an interview at 01:00 in Berlin is "Today" there, whatever day it is in UTC. */
    private final ReaderTime reader = ReaderTime.current();

    record Row(InterviewView interview, LoopView loop, Candidate candidate, Scorecard mine) {
        Instant at() {
            return interview.interview().scheduledAt();
        }
    }

    MyInterviewsView(LoopService loops, ScorecardService scorecards, CandidateService candidates, CalibratedStatusService calibration,
                     Clock clock) {
        setMaxWidth("60rem");
        Actor actor = CurrentUser.actor();
        H1 heading = new H1("My interviews");
        heading.setId("home-heading");
        add(heading, calibrated(calibration.calibratedCompetencies(actor.username())));

        List<LoopView> mine = loops.interviewsOf(actor);
        Map<Long, Candidate> people = candidates.byIds(mine.stream().map(l -> l.loop().candidateId()).toList());
        Map<Long, Scorecard> cards = scorecards.mineByInterview(actor);
        List<Row> rows = new ArrayList<>();
        for (LoopView loop : mine) {
            for (InterviewView interview : loop.interviews()) {
                if (interview.panelistIds().contains(actor.id())) {
                    rows.add(new Row(interview, loop, people.get(loop.loop().candidateId()), cards.get(interview.interview().id())));
                }
            }
        }
        if (rows.isEmpty()) {
            add(new Paragraph("You are not on any interview panel yet. When a recruiter assigns you, the interview appears here."));
            return;
        }
        Instant now = clock.instant();
        LocalDate today = reader.dayOf(now);
        List<Row> toSubmit = rows.stream().filter(r -> r.at() != null && r.at().isBefore(now) && (r.mine() == null || !r.mine().isSubmitted()))
                .sorted(Comparator.comparing(Row::at)).toList();
        section("Scorecards to submit", toSubmit, now, "scorecards-to-submit");
        section("Today", rows.stream().filter(r -> r.at() != null && reader.dayOf(r.at()).equals(today))
                .sorted(Comparator.comparing(Row::at)).toList(), now, "today");
        section("Upcoming", rows.stream().filter(r -> r.at() == null || reader.dayOf(r.at()).isAfter(today))
                .sorted(Comparator.comparing(Row::at, Comparator.nullsLast(Comparator.naturalOrder()))).toList(), now, "upcoming");
        section("Past", rows.stream().filter(r -> !toSubmit.contains(r))
                .filter(r -> r.at() != null && reader.dayOf(r.at()).isBefore(today))
                .sorted(Comparator.comparing(Row::at).reversed()).toList(), now, "past");
    }

    /** The competencies drills have calibrated the interviewer for (drills are in the side navigation). */
    private Paragraph calibrated(List<CalibratedCompetency> competencies) {
        Paragraph line = new Paragraph(competencies.isEmpty() ? "Calibrated for: no competency yet. Take a drill to calibrate your reading of the anchors."
                : "Calibrated for: " + competencies.stream().map(c -> c.competencyName() + " (until " + reader.day(c.expiresAt()) + ")")
                .collect(java.util.stream.Collectors.joining(", ")) + ".");
        line.setId("my-calibration");
        line.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return line;
    }

    private void section(String title, List<Row> rows, Instant now, String id) {
        if (rows.isEmpty()) {
            return;
        }
        Div list = new Div();
        list.setId(id);
        for (Row row : rows) {
            list.add(line(row, now));
        }
        add(new H2(title), list);
    }

    private Div line(Row row, Instant now) {
        RouterLink open = new RouterLink(row.candidate().name() + " — " + row.interview().stage().name(), ScorecardView.class,
                new RouteParameters("interviewId", String.valueOf(row.interview().interview().id())));
        open.addClassName("interview-link");
        Span when = new Span(row.at() == null ? "time not set" : reader.moment(row.at()));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0 var(--lumo-space-m)");
        Span state = badge(row, now);
        Div line = new Div(open, when, state);
        line.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return line;
    }

    private static Span badge(Row row, Instant now) {
        String text;
        String colour;
        if (row.mine() != null && row.mine().isSubmitted()) {
            text = "Submitted";
            colour = "success";
        } else if (row.at() != null && row.at().plus(OVERDUE_AFTER).isBefore(now)) {
            text = "Overdue";
            colour = "error";
        } else if (row.mine() != null) {
            text = "Draft";
            colour = "primary";
        } else {
            text = "Not started";
            colour = "contrast";
        }
        Span badge = new Span(text);
        badge.addClassName("scorecard-state");
        badge.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("font-weight", "600")
                .set("padding", "0.15em 0.6em").set("border-radius", "var(--lumo-border-radius-l)")
                .set("color", "var(--lumo-" + colour + "-text-color, var(--lumo-body-text-color))")
                .set("background", "var(--lumo-" + colour + "-color-10pct, var(--lumo-contrast-10pct))");
        return badge;
    }
}
