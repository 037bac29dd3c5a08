package dev.panel.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.panel.plan.CoveragePolicy;
import dev.panel.plan.PlanCoverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The coverage matrix: competencies down, stages across, in each cell how many interviewers judge the competency
 * there. Cells where the gate fails are marked and say why; below it, every reason the plan cannot be published yet.
 */
class CoverageMatrix extends Div {

    private static final String FAILS = "gate-fails";

    CoverageMatrix() {
        setId("coverage-matrix");
    }

    void show(PlanCoverage coverage, PlanLibrary library) {
        removeAll();
        add(new H2("Coverage"));
        NativeTable table = new NativeTable();
        table.getStyle().set("border-collapse", "collapse").set("width", "100%").set("font-size", "var(--lumo-font-size-s)");
        List<PlanCoverage.StageBudget> stages = coverage.stages();
        NativeTableRow head = table.getHead().addRow();
        header(head, "Competency");
        stages.forEach(s -> header(head, s.stage() + ". " + (s.name() == null || s.name().isBlank() ? "(no name)" : s.name())));
        header(head, "Interviewers");

        var body = table.addBody();
        for (PlanCoverage.CompetencyCoverage row : coverage.competencies()) {
            NativeTableRow tr = body.addRow();
            tr.addClassName("coverage-row");
            rowHeader(tr, row.name(), row.mustHave() ? "must-have" : "nice to have");
            row.interviewersByStage().forEach(n -> count(tr, n));
            boolean undercovered = row.mustHave() && row.interviewers() < CoveragePolicy.MIN_INDEPENDENT_INTERVIEWERS;
            NativeTableCell total = cell(tr, undercovered ? row.interviewers() + ": needs " + CoveragePolicy.MIN_INDEPENDENT_INTERVIEWERS
                    : String.valueOf(row.interviewers()), undercovered);
            total.getStyle().set("font-weight", "600");
            total.addClassName("coverage-total");
        }
        for (Map.Entry<Long, Map<Integer, String>> outside : focusOutsideRole(coverage).entrySet()) {
            NativeTableRow tr = body.addRow();
            tr.addClassName("coverage-row");
            rowHeader(tr, library.name(outside.getKey()), "not one of the role's competencies");
            for (PlanCoverage.StageBudget stage : stages) {
                String reason = outside.getValue().get(stage.stage());
                NativeTableCell c = cell(tr, reason == null ? "–" : "not in role", reason != null);
                if (reason != null) {
                    c.setTitle(reason);
                }
            }
            cell(tr, "–", false);
        }

        NativeTableRow time = table.getFoot().addRow();
        time.addClassName("budget-row");
        rowHeader(time, "Time", "questions of the stage's length");
        for (PlanCoverage.StageBudget stage : stages) {
            cell(time, stage.questionMinutes() + " of " + stage.minutes() + " min" + (stage.fits() ? ""
                    : ": " + (stage.questionMinutes() - stage.minutes()) + " over"), !stage.fits());
        }
        int used = stages.stream().mapToInt(PlanCoverage.StageBudget::questionMinutes).sum();
        int length = stages.stream().mapToInt(PlanCoverage.StageBudget::minutes).sum();
        cell(time, used + " of " + length + " min", false);
        Div scroller = new Div(table);
        scroller.getStyle().set("overflow-x", "auto");
        // a region that may scroll sideways must be reachable by keyboard, and say what it holds
        scroller.getElement().setAttribute("tabindex", "0").setAttribute("role", "region").setAttribute("aria-label", "Coverage matrix");
        add(scroller, problems(coverage));
    }

    /** Per competency outside the role, the stages (1-based) that focus on it, with the reason in words. */
    private static Map<Long, Map<Integer, String>> focusOutsideRole(PlanCoverage coverage) {
        Map<Long, Map<Integer, String>> outside = new LinkedHashMap<>();
        for (PlanCoverage.Problem p : coverage.problems()) {
            if ("focus_not_in_role".equals(p.code()) && p.competencyId() != null && p.stage() != null) {
                outside.computeIfAbsent(p.competencyId(), k -> new TreeMap<>()).put(p.stage(), p.message());
            }
        }
        return outside;
    }

    private static Component problems(PlanCoverage coverage) {
        if (coverage.passes()) {
            Paragraph passes = new Paragraph("The plan passes the coverage check: every must-have competency is judged by at least "
                    + CoveragePolicy.MIN_INDEPENDENT_INTERVIEWERS + " interviewers, and every stage's questions fit its time.");
            passes.setId("gate-passes");
            passes.getStyle().set("color", "var(--lumo-success-text-color)");
            return passes;
        }
        Div box = new Div(new Span("Why it cannot be published yet:"));
        box.getStyle().set("color", "var(--lumo-error-text-color)").set("margin-top", "var(--lumo-space-s)");
        UnorderedList list = new UnorderedList();
        list.setId("gate-problems");
        coverage.problems().forEach(p -> list.add(new ListItem(p.message())));
        box.add(list);
        return box;
    }

    private static void header(NativeTableRow row, String text) {
        var th = row.addHeaderCell();
        th.setText(text);
        th.getStyle().set("text-align", "left").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "2px solid var(--lumo-contrast-20pct)").set("vertical-align", "bottom");
    }

    private static void rowHeader(NativeTableRow row, String name, String note) {
        var th = row.addHeaderCell();
        Span small = new Span(note);
        small.getStyle().set("display", "block").set("font-weight", "normal").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-xs)");
        th.add(new Span(name), small);
        th.getStyle().set("text-align", "left").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
    }

    private static void count(NativeTableRow row, int interviewers) {
        NativeTableCell c = cell(row, interviewers == 0 ? "–" : String.valueOf(interviewers), false);
        if (interviewers > 0) {
            c.getStyle().set("background", "var(--lumo-primary-color-10pct)");
        }
    }

    private static NativeTableCell cell(NativeTableRow row, String text, boolean fails) {
        NativeTableCell c = row.addDataCell();
        c.setText(text);
        c.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        if (fails) {
            c.addClassName(FAILS);
            c.getStyle().set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)");
        }
        return c;
    }
}
