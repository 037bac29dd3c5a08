package dev.panel.drill.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dev.panel.competency.RubricLevel;
import dev.panel.competency.RubricVersion;
import dev.panel.drill.SampleFeedback;

/** After submitting: one sample answer with the interviewer's level beside the consensus, both anchors, and the panel's spread. */
class SampleFeedbackCard extends Div {

    SampleFeedbackCard(SampleFeedback feedback, RubricVersion rubric, String evidence) {
        addClassName("sample-feedback");
        getElement().setAttribute("data-agrees", String.valueOf(feedback.agrees()));
        DrillTakeView.card(this);
        H3 heading = new H3("Sample answer " + feedback.position());
        heading.getStyle().set("margin", "0 0 var(--lumo-space-xs) 0").set("font-size", "var(--lumo-font-size-l)");
        add(heading, DrillTakeView.quote(feedback.answer()));

        Div mine = level("You", feedback.anchor(), feedback.agrees() ? "success" : "primary", "my-level");
        Paragraph why = new Paragraph("Your evidence: " + evidence);
        why.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "var(--lumo-space-xs) 0 0 0");
        mine.add(why);
        Div consensus = feedback.consensus() == null
                ? note("No consensus yet: it is the median of the panel's ratings when the drill closes.")
                : level(feedback.consensusSource() == dev.panel.drill.ConsensusSource.MEDIAN ? "Consensus (panel median)" : "Consensus",
                feedback.consensusAnchor(), feedback.agrees() ? "success" : "error", "consensus-level");
        FlexLayout levels = new FlexLayout(mine, consensus);
        levels.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        levels.getStyle().set("gap", "var(--lumo-space-m)");
        add(levels, spread(feedback, rubric));
    }

    private static Div level(String who, RubricLevel level, String colour, String className) {
        Span label = new Span(who + ": " + level.level() + " · " + level.label());
        label.addClassName(className);
        label.getStyle().set("font-weight", "600").set("color", "var(--lumo-" + colour + "-text-color)");
        Span anchor = new Span(level.anchor());
        anchor.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div box = new Div(label, anchor);
        box.getStyle().set("flex", "1 1 20rem").set("padding", "var(--lumo-space-s)")
                .set("border-left", "3px solid var(--lumo-" + colour + "-color)").set("background", "var(--lumo-contrast-5pct)");
        return box;
    }

    private static Div note(String text) {
        Div box = new Div();
        box.setText(text);
        box.getStyle().set("flex", "1 1 20rem").set("color", "var(--lumo-secondary-text-color)");
        return box;
    }

    /** One bar per level: how many of the panel's submitted ratings chose it. */
    private static Div spread(SampleFeedback feedback, RubricVersion rubric) {
        Div chart = new Div();
        chart.addClassName("panel-spread");
        Span title = new Span("The panel (" + feedback.raters() + " submitted)" + (feedback.anchorMayNeedRewording()
                ? " · read very differently: the anchors may need rewording" : ""));
        title.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600");
        chart.add(title);
        for (RubricLevel level : rubric.levels()) {
            int count = feedback.panel().getOrDefault(level.level(), 0);
            Span name = new Span(level.level() + " · " + level.label());
            name.getStyle().set("width", "8rem").set("display", "inline-block").set("font-size", "var(--lumo-font-size-s)");
            Span bar = new Span();
            bar.getStyle().set("display", "inline-block").set("height", "0.8em").set("vertical-align", "middle")
                    .set("width", (feedback.raters() == 0 ? 0 : 12.0 * count / feedback.raters()) + "rem")
                    .set("background", level.level() == feedback.level() ? "var(--lumo-primary-color)" : "var(--lumo-contrast-40pct)");
            Span number = new Span(" " + count);
            number.getStyle().set("font-size", "var(--lumo-font-size-s)");
            Div row = new Div(name, bar, number);
            chart.add(row);
        }
        chart.getStyle().set("margin-top", "var(--lumo-space-s)");
        return chart;
    }
}
