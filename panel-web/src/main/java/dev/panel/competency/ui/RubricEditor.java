package dev.panel.competency.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.panel.competency.Rubric;
import dev.panel.competency.RubricLevel;

import java.util.ArrayList;
import java.util.List;

/** The levels of a rubric side by side, each with its label and behavioural anchor, as a hiring manager edits them. */
class RubricEditor extends FlexLayout {

    private final List<TextField> labels = new ArrayList<>();
    private final List<TextArea> anchors = new ArrayList<>();

    RubricEditor(List<RubricLevel> levels) {
        setId("rubric-editor");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        setWidthFull();
        for (RubricLevel level : levels) {
            TextField label = new TextField("Level " + level.level());
            label.setValue(level.label());
            label.setMaxLength(60);
            label.setWidthFull();
            TextArea anchor = new TextArea("Anchor");
            anchor.setPlaceholder("What a candidate at this level says and has done");
            anchor.setValue(level.anchor());
            anchor.setMaxLength(Rubric.ANCHOR_LIMIT);
            anchor.setWidthFull();
            anchor.setMinHeight("10em");
            anchor.addClassName("anchor-field");
            labels.add(label);
            anchors.add(anchor);
            Div column = new Div(label, anchor);
            column.getStyle().set("flex", "1 1 0").set("min-width", "9rem");
            add(column);
        }
    }

    List<RubricLevel> levels() {
        List<RubricLevel> levels = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            levels.add(new RubricLevel(i + 1, labels.get(i).getValue(), anchors.get(i).getValue()));
        }
        return levels;
    }

    static Span caption(String text) {
        Span caption = new Span(text);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return caption;
    }
}
