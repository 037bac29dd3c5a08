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
@Route(value = "hiring", layout = MainLayout.class)
@PageTitle("Hiring manager home · Panel")
@RolesAllowed("HIRING_MANAGER")
public class HiringManagerHomeView extends HomePage {

    HiringManagerHomeView(LoopService loops, ScorecardService scorecards, CandidateService candidates, RoleService roles, Clock clock) {
        super("Hiring manager home", "Define roles and their competencies, build question plans that cover them, run debriefs and record decisions.");
        add(new H2("Loops"), new LoopOverview(CurrentUser.actor(), loops, scorecards, candidates, roles, clock));
    }

}
