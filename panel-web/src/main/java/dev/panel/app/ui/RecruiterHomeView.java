package dev.panel.app.ui;

import com.vaadin.flow.component.html.Span;
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

@Prototype
@Route(value = "recruiting", layout = MainLayout.class)
@PageTitle("Recruiter home · Panel")
@RolesAllowed("RECRUITER")
public class RecruiterHomeView extends HomePage {

    RecruiterHomeView(LoopService loops, ScorecardService scorecards, CandidateService candidates, RoleService roles) {
        super("Recruiter home", "Track candidates through their loops, chase missing scorecards, and export scorecards and calibration workbooks.");
        add(new LoopOverview(CurrentUser.actor(), loops, scorecards, candidates, roles, loop -> new Span()));
        comingNext("Adding candidates and opening loops from this page (the REST API has them today)",
                "Scorecard exports and the calibration workbook");
    }
}
