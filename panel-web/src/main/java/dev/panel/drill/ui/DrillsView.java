package dev.panel.drill.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.panel.drill.CalibratedCompetency;
import dev.panel.drill.CalibratedStatusService;
import dev.panel.drill.Drill;
import dev.panel.drill.DrillService;
import dev.panel.security.CurrentUser;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.security.ReaderTime;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.stream.Collectors;

/** Open drills to take (and the ones taken, for their feedback); hiring managers also build drills and read reports here. */
@Prototype
@Route("drills")
@Menu(title = "Drills", order = 20, icon = "vaadin:check-square-o")
@PageTitle("Drills · Panel")
@RolesAllowed({"INTERVIEWER", "HIRING_MANAGER"})
public class DrillsView extends VerticalLayout {

    private final ReaderTime reader = ReaderTime.current();

    DrillsView(DrillService drills, CalibratedStatusService statuses) {
        setMaxWidth("70rem");
        Actor actor = CurrentUser.actor();
        boolean builds = actor.mayActAs(Role.HIRING_MANAGER);
        H1 heading = new H1("Calibration drills");
        heading.setId("drills-heading");
        add(heading, new Paragraph("Rate the same anonymised sample answers as the rest of the panel, on your own, then see where you "
                + "read the anchors differently from the consensus. A close enough reading makes you calibrated for the competency."));
        add(calibration(statuses.calibratedCompetencies(actor.username())));
        if (builds) {
            Button create = new Button("New drill", e -> getUI().ifPresent(ui -> ui.navigate(DrillEditorView.class)));
            create.setId("new-drill");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        Grid<Drill> grid = new Grid<>();
        grid.setId("drill-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Drill::title).setHeader("Drill").setFlexGrow(4);
        grid.addColumn(d -> d.state().label()).setHeader("State").setFlexGrow(1);
        grid.addColumn(d -> d.openedAt() == null ? "" : reader.day(d.openedAt())).setHeader("Opened").setFlexGrow(1);
        grid.addComponentColumn(d -> links(d, builds)).setHeader("").setFlexGrow(2);
        grid.setItems(query -> drills.page(actor, query.getOffset(), query.getLimit()).stream());
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");
        add(grid);
    }

    /** The interviewer's own calibrated competencies (this is their page for it, beside "My interviews"). */
    Div calibration(List<CalibratedCompetency> calibrated) {
        Div box = new Div();
        box.setId("my-calibration");
        box.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)");
        box.setText(calibrated.isEmpty() ? "You are not calibrated for any competency yet: take a drill, and when it closes, a kappa of the "
                + "bar or more against the consensus makes you calibrated."
                : "You are calibrated for " + calibrated.stream().map(c -> c.competencyName() + " (until " + reader.day(c.expiresAt()) + ")")
                .collect(Collectors.joining(", ")) + ".");
        return box;
    }

    private static HorizontalLayout links(Drill drill, boolean builds) {
        HorizontalLayout links = new HorizontalLayout();
        RouteParameters id = new RouteParameters("drillId", String.valueOf(drill.id()));
        if (drill.state() != dev.panel.drill.DrillState.DRAFT) {
            RouterLink take = new RouterLink(drill.isOpen() ? "Take" : "Feedback", DrillTakeView.class, id);
            take.addClassName("take-drill");
            links.add(take);
        }
        if (builds) {
            links.add(new RouterLink(drill.state() == dev.panel.drill.DrillState.DRAFT ? "Edit" : "Manage", DrillEditorView.class, id));
            if (drill.state() != dev.panel.drill.DrillState.DRAFT) {
                links.add(new RouterLink("Report", DrillReportView.class, id));
            }
        }
        return links;
    }
}
