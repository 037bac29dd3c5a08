package dev.panel.app.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.PageTitle;
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
@Route(value = "recruiting", layout = MainLayout.class)
@PageTitle("Recruiter home · Panel")
@RolesAllowed("RECRUITER")
public class RecruiterHomeView extends HomePage {

    RecruiterHomeView(LoopService loops, ScorecardService scorecards, CandidateService candidates, RoleService roles, Clock clock) {
        super("Recruiter home", "Track candidates through their loops, chase missing scorecards, and export scorecards and calibration workbooks.");
        add(new H2("Loops"), new LoopOverview(CurrentUser.actor(), loops, scorecards, candidates, roles, clock));
        comingNext("Scorecard exports and the calibration workbook");
    }
}
