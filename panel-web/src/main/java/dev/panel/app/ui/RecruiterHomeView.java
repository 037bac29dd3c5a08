package dev.panel.app.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.panel.candidate.CandidateService;
import dev.panel.loop.LoopService;
import dev.panel.loop.ui.LoopOverview;
import dev.panel.role.RoleService;
import dev.panel.scorecard.ScorecardService;
import dev.panel.security.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;

@Prototype
@Route("recruiting")
@Menu(title = "Recruiting", order = 3, icon = "vaadin:users")
@PageTitle("Recruiter home · Panel")
@RolesAllowed("RECRUITER")
public class RecruiterHomeView extends HomePage {

    RecruiterHomeView(LoopService loops, ScorecardService scorecards, CandidateService candidates, RoleService roles, Clock clock) {
        super("Recruiter home", "Track candidates through their loops, chase missing scorecards, and export scorecards and calibration workbooks.");
        tools(new Tool("loops/new", "Open a loop: a candidate, a published plan, and a panel for each interview"),
                new Tool("loops", "Loops: every candidate's loop and what it waits for"),
                new Tool("calibration", "Calibration: how each interviewer rates, the scorecards export and the calibration workbook"));
        add(new H2("Loops"), new LoopOverview(CurrentUser.actor(), loops, scorecards, candidates, roles, clock));
    }
}
