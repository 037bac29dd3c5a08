package dev.panel.loop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.panel.candidate.CandidateService;
import dev.panel.loop.LoopService;
import dev.panel.role.RoleService;
import dev.panel.scorecard.ScorecardService;
import dev.panel.security.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;

/** Every loop the user may see, newest first, with its progress; and the way to open a new one. */
@Prototype
@Route("loops")
@Menu(title = "Loops", order = 10, icon = "vaadin:calendar-user")
@PageTitle("Loops · Panel")
@RolesAllowed({"RECRUITER", "HIRING_MANAGER"})
public class LoopsView extends VerticalLayout {

    LoopsView(LoopService loops, ScorecardService scorecards, CandidateService candidates, RoleService roles, Clock clock) {
        setMaxWidth("80rem");
        setPadding(true);
        H1 title = new H1("Loops");
        Button open = new Button("Open a loop", VaadinIcon.PLUS.create(), click -> getUI().ifPresent(ui -> ui.navigate(OpenLoopView.class)));
        open.setId("open-a-loop");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(title, open);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(title);
        add(header, new LoopOverview(CurrentUser.actor(), loops, scorecards, candidates, roles, clock));
    }
}
