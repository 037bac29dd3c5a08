package dev.panel.app.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.panel.candidate.CandidateService;
import dev.panel.decision.ui.DebriefView;
import dev.panel.loop.LoopService;
import dev.panel.loop.ui.LoopOverview;
import dev.panel.role.RoleService;
import dev.panel.scorecard.ScorecardService;
import dev.panel.security.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

@Prototype
@Route(value = "hiring", layout = MainLayout.class)
@PageTitle("Hiring manager home · Panel")
@RolesAllowed("HIRING_MANAGER")
public class HiringManagerHomeView extends HomePage {

    HiringManagerHomeView(LoopService loops, ScorecardService scorecards, CandidateService candidates, RoleService roles) {
        super("Hiring manager home", "Define roles and their competencies, build question plans that cover them, run debriefs and record decisions.");
        add(new LoopOverview(CurrentUser.actor(), loops, scorecards, candidates, roles, loop -> {
            RouterLink debrief = new RouterLink("Debrief", DebriefView.class, new RouteParameters("loopId", String.valueOf(loop.loop().id())));
            debrief.addClassName("debrief-link");
            return debrief;
        }));
        comingNext("Opening loops and assigning interviewers from this page (recruiters can use the API)");
    }

}
