package dev.panel.drill.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.panel.common.PanelException;
import dev.panel.drill.DrillReport;
import dev.panel.drill.DrillService;
import dev.panel.drill.DrillView;
import dev.panel.security.CurrentUser;
import dev.panel.user.Actor;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The hiring manager's report of a drill: each interviewer against the consensus, and how widely each answer was read. */
@Prototype
@Route("drills/:drillId([0-9]{1,18})/report")
@PageTitle("Drill report · Panel")
@RolesAllowed("HIRING_MANAGER")
public class DrillReportView extends VerticalLayout implements BeforeEnterObserver {

    private final DrillService drills;
    private final UserService users;

    DrillReportView(DrillService drills, UserService users) {
        this.drills = drills;
        this.users = users;
        setMaxWidth("70rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Actor actor = CurrentUser.actor();
        long drillId = event.getRouteParameters().getLong("drillId").orElse(-1L);
        try {
            show(drills.get(actor, drillId), drills.report(actor, drillId));
        } catch (PanelException refused) {
            add(new H1("Report not available"), new Paragraph(refused.getMessage()));
        }
    }

    private void show(DrillView drill, DrillReport report) {
        H1 title = new H1(drill.drill().title());
        title.setId("report-heading");
        add(title, new Paragraph(drill.competencyName() + " · " + drill.drill().state().label() + ". Quadratic-weighted kappa against the "
                + "consensus (Cohen, 1968); calibrated at " + format(report.kappaBar()) + " or more once the drill closes. With fewer than "
                + DrillReport.SMALL_SAMPLE + " answers compared, kappa is not reported and exact and adjacent agreement are shown instead. "
                + "Mean deviation above zero: softer than the consensus; below: harsher."));
        Map<Long, String> names = users.byIds(report.interviewers().stream().map(DrillReport.InterviewerResult::interviewerId).toList())
                .values().stream().collect(Collectors.toMap(User::id, User::displayName));

        add(new H2("Interviewers"));
        if (report.interviewers().isEmpty()) {
            add(new Paragraph("Nobody has submitted this drill yet."));
        } else {
            Grid<DrillReport.InterviewerResult> grid = new Grid<>();
            grid.setId("report-interviewers");
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
            grid.addColumn(r -> names.getOrDefault(r.interviewerId(), "#" + r.interviewerId())).setHeader("Interviewer").setFlexGrow(3);
            grid.addColumn(r -> r.kappa() == null ? (r.smallSample() ? "small sample" : "undefined") : format(r.kappa()))
                    .setHeader("Kappa").setFlexGrow(1);
            grid.addColumn(r -> percent(r.exactAgreement())).setHeader("Exact").setFlexGrow(1);
            grid.addColumn(r -> percent(r.adjacentAgreement())).setHeader("Within one").setFlexGrow(1);
            grid.addColumn(r -> String.format(Locale.ROOT, "%+.2f", r.meanDeviation())).setHeader("Mean deviation").setFlexGrow(1);
            boolean closed = drill.drill().isClosed();
            grid.addColumn(r -> !r.calibrated() ? "—" : closed ? "Calibrated" : "Over the bar").setHeader(closed ? "Status" : "Status on closing")
                    .setFlexGrow(1);
            grid.setItems(report.interviewers());
            grid.setAllRowsVisible(true);
            add(grid);
        }

        add(new H2("Sample answers"));
        Grid<DrillReport.SampleSpread> samples = new Grid<>();
        samples.setId("report-samples");
        samples.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        samples.addColumn(s -> "Sample answer " + s.position()).setHeader("Answer").setFlexGrow(2);
        samples.addColumn(s -> s.consensus() == null ? "not set" : level(drill, s.consensus())).setHeader("Consensus").setFlexGrow(2);
        samples.addColumn(s -> s.counts().entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining("  ")))
                .setHeader("Ratings (level×count)").setFlexGrow(2);
        samples.addColumn(s -> String.valueOf(s.spread())).setHeader("Spread").setFlexGrow(1);
        samples.addComponentColumn(s -> {
            Span flag = new Span(s.anchorMayNeedRewording() ? "Anchor may need rewording" : "");
            flag.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            return flag;
        }).setHeader("").setFlexGrow(3);
        samples.setItems(report.samples());
        samples.setAllRowsVisible(true);
        add(samples);
    }

    private static String level(DrillView drill, int level) {
        return level + " · " + drill.rubric().levelFor(level).label();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
