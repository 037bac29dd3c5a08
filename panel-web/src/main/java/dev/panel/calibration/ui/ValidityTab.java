package dev.panel.calibration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.panel.calibration.Validity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's Validity tab: the correlations of the panel's scores with the hires' later outcome, observed and
 * corrected for range restriction, per role and competency; per interviewer with shrinkage; and the decision table.
 */
final class ValidityTab {

    private ValidityTab() {
    }

    static Component of(Validity validity) {
        Div tab = new Div();
        tab.setId("calibration-validity");
        if (validity.checkpoint() == null) {
            tab.add(new Paragraph("No later outcomes of hires are recorded among these ratings, so there is nothing to correlate yet (see the notes)."));
            return tab;
        }
        tab.add(new Paragraph("How the panel's scores of the " + validity.hires() + " hires with an outcome at “" + validity.checkpoint()
                + "” go with that outcome: r as seen among the hires, and corrected for their narrower spread (Thorndike case II, "
                + "using all candidates' spread). Empty where fewer than 10 hires allow a figure."));
        List<Validity.Figure> figures = new ArrayList<>(validity.roles());
        figures.addAll(validity.competencies());
        Grid<Validity.Figure> grid = new Grid<>();
        grid.setId("validity-figures");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Validity.Figure::role).setHeader("Role").setSortable(true);
        grid.addColumn(f -> f.competency() == null ? "" : f.competency()).setHeader("Competency").setSortable(true);
        grid.addColumn(Validity.Figure::predictor).setHeader("Score");
        grid.addColumn(Validity.Figure::n).setHeader("n").setSortable(true);
        grid.addColumn(f -> interval(f.r(), f.low(), f.high())).setHeader("r (observed)")
                .setComparator(Comparator.comparing(f -> f.r() == null ? -2 : f.r()));
        grid.addColumn(f -> interval(f.corrected(), f.correctedLow(), f.correctedHigh())).setHeader("r (corrected)")
                .setComparator(Comparator.comparing(f -> f.corrected() == null ? -2 : f.corrected()));
        grid.setItems(figures);
        tab.add(grid);

        tab.add(new H3("Interviewers"), new Paragraph("Each interviewer's own ratings against their hires' outcomes, and pulled toward "
                + "the pooled value as far as their n warrants. Below 10 hires: not enough data."));
        Grid<Validity.InterviewerFigure> people = new Grid<>();
        people.setId("validity-interviewers");
        people.addThemeVariants(GridVariant.LUMO_COMPACT);
        people.setAllRowsVisible(validity.interviewers().size() <= 30);
        people.addColumn(Validity.InterviewerFigure::interviewer).setHeader("Interviewer").setSortable(true).setFlexGrow(2);
        people.addColumn(Validity.InterviewerFigure::n).setHeader("Hires rated").setSortable(true);
        people.addColumn(i -> i.enoughData() ? interval(i.r(), i.low(), i.high()) : "not enough data").setHeader("r");
        people.addColumn(i -> i.shrunk() == null ? "—" : String.format(Locale.ROOT, "%.2f", i.shrunk())).setHeader("Shrunk r")
                .setComparator(Comparator.comparing(i -> i.shrunk() == null ? -2 : i.shrunk()));
        people.setItems(validity.interviewers());
        tab.add(people);

        tab.add(new H3("Decisions and outcomes"));
        Grid<Validity.AgreementRow> decisions = new Grid<>();
        decisions.setId("validity-decisions");
        decisions.addThemeVariants(GridVariant.LUMO_COMPACT);
        decisions.setAllRowsVisible(true);
        decisions.addColumn(Validity.AgreementRow::panelView).setHeader("Panel's view");
        decisions.addColumn(Validity.AgreementRow::hires).setHeader("Hires");
        decisions.addColumn(Validity.AgreementRow::low).setHeader("Later low");
        decisions.addColumn(Validity.AgreementRow::mid).setHeader("Later mid");
        decisions.addColumn(Validity.AgreementRow::high).setHeader("Later high");
        decisions.addColumn(Validity.AgreementRow::unrated).setHeader("Not rated");
        decisions.addColumn(Validity.AgreementRow::stillEmployed).setHeader("Still employed");
        decisions.addColumn(Validity.AgreementRow::left).setHeader("Left");
        decisions.setItems(validity.decisions());
        tab.add(decisions);
        return tab;
    }

    static String interval(Double r, Double low, Double high) {
        return r == null ? "—" : String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", r, low, high);
    }
}
