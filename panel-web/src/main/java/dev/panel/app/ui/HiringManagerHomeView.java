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
@Route("hiring")
@Menu(title = "Hiring", order = 1, icon = "vaadin:clipboard-user")
@PageTitle("Hiring manager home · Panel")
@RolesAllowed("HIRING_MANAGER")
public class HiringManagerHomeView extends HomePage {

    HiringManagerHomeView(LoopService loops, ScorecardService scorecards, CandidateService candidates, RoleService roles, Clock clock) {
        super("Hiring manager home", "Define roles and their competencies, build question plans that cover them, run debriefs and record decisions.");
        tools(new Tool("library/competencies", "Competencies: each one's rubric, with every version kept"),
                new Tool("library/questions", "Question bank: questions by competency, and importing them from a spreadsheet"),
                new Tool("library/plans", "Question plans: stages, focus and questions, checked for coverage before they are published"),
                new Tool("loops", "Loops: each candidate's interviews; a loop's debrief is where the decision is recorded"),
                new Tool("drills", "Calibration drills: rate sample answers together with the panel"),
                new Tool("calibration", "Calibration: how each interviewer rates compared with the others"));
        add(new H2("Loops"), new LoopOverview(CurrentUser.actor(), loops, scorecards, candidates, roles, clock));
    }

}
