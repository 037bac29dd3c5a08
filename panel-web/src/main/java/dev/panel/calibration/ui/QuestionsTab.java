package dev.panel.calibration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.provider.SortDirection;
import dev.panel.calibration.QuestionStats;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's Questions tab: one sortable row per question and role with its use, its discrimination (with the
 * interval and n) and its drift test, then every alert as a plain sentence. Ordered by alerts first.
 */
final class QuestionsTab {

    private QuestionsTab() {
    }

    static Component of(List<QuestionStats> questions) {
        Div tab = new Div();
        tab.setId("calibration-questions");
        if (questions.isEmpty()) {
            tab.add(new Paragraph("No questions to show: question figures come from Panel's own submitted scorecards (see the notes)."));
            return tab;
        }
        tab.add(new Paragraph("Per question and role: how often it was planned and asked, how often its notes were left empty, its time "
                + "against its time box, and its discrimination: how well the rating given with it follows the candidate's fair score "
                + "from the rest of the loop (95% interval and the candidates behind it). Drift: whether its ratings rose month by month "
                + "while the same interviewers' other ratings did not."));
        Grid<QuestionStats> grid = new Grid<>();
        grid.setId("questions-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(questions.size() <= 40);
        grid.addColumn(QuestionStats::question).setHeader("Question").setFlexGrow(4).setSortable(true).setKey("question");
        grid.addColumn(QuestionStats::role).setHeader("Role").setFlexGrow(1).setSortable(true).setKey("role");
        grid.addColumn(QuestionStats::asked).setHeader("Asked").setSortable(true).setKey("asked").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(q -> percent(q.emptyShare())).setHeader("Empty notes").setKey("empty")
                .setComparator(Comparator.comparing(q -> orLow(q.emptyShare())));
        grid.addColumn(q -> q.meanMinutes() == null ? "—" : String.format(Locale.ROOT, "%.1f of %d min", q.meanMinutes(), q.timeBoxMinutes()))
                .setHeader("Time").setKey("time").setComparator(Comparator.comparing(q -> orLow(q.timeRatio())));
        grid.addColumn(QuestionsTab::discrimination).setHeader("Discrimination").setKey("discrimination")
                .setComparator(Comparator.comparing(q -> orLow(q.discrimination())));
        grid.addColumn(q -> q.trendQ() == null ? "—" : String.format(Locale.ROOT, "q = %.3f over %d months", q.trendQ(), q.months()))
                .setHeader("Drift").setKey("drift").setComparator(Comparator.comparing(q -> q.trendQ() == null ? 2.0 : q.trendQ()));
        grid.addComponentColumn(q -> {
            Span count = new Span(q.alerts().isEmpty() ? "" : q.alerts().size() + " alert" + (q.alerts().size() == 1 ? "" : "s"));
            count.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            return count;
        }).setHeader("Alerts").setKey("alerts").setComparator(Comparator.comparing(q -> q.alerts().size()));
        grid.setItems(questions);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("alerts"), SortDirection.DESCENDING)));
        tab.add(grid);
        List<QuestionStats> flagged = questions.stream().filter(q -> !q.alerts().isEmpty()).toList();
        H3 heading = new H3(flagged.isEmpty() ? "No alerts" : "Alerts");
        tab.add(heading);
        UnorderedList alerts = new UnorderedList();
        alerts.setId("question-alerts");
        for (QuestionStats q : flagged) {
            for (QuestionStats.Alert alert : q.alerts()) {
                ListItem item = new ListItem();
                Span name = new Span("“" + q.question() + "” (" + q.role() + "): ");
                name.getStyle().set("font-weight", "600");
                item.add(name, new Span(alert.text()));
                item.getElement().setAttribute("data-kind", alert.kind());
                item.getElement().setAttribute("data-question", String.valueOf(q.questionId()));
                alerts.add(item);
            }
        }
        tab.add(alerts);
        return tab;
    }

    static String discrimination(QuestionStats q) {
        if (q.discrimination() == null) {
            return "— (n = " + q.discriminationN() + ")";
        }
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f] n = %d", q.discrimination(), q.discriminationLow(), q.discriminationHigh(),
                q.discriminationN());
    }

    static String percent(Double share) {
        return share == null ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static double orLow(Double value) {
        return value == null ? Double.NEGATIVE_INFINITY : value;
    }
}
