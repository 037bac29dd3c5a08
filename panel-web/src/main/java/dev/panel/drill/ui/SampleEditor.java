package dev.panel.drill.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.panel.competency.RubricLevel;
import dev.panel.competency.RubricVersion;
import dev.panel.drill.SampleAnswer;
import dev.panel.drill.SampleDraft;

import java.util.function.Consumer;

/** One sample answer in the editor: its text (editable while the drill is a draft) and the consensus level. */
class SampleEditor extends Div {

    private final TextArea answer = new TextArea();
    private final ComboBox<Integer> consensus = new ComboBox<>("Consensus");
    private final H3 heading = new H3();
    private final Button remove = new Button(VaadinIcon.TRASH.create());

    SampleEditor(String text, Integer level, RubricVersion rubric, Consumer<SampleEditor> onRemove) {
        addClassName("sample-editor");
        setWidthFull();
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                .set("box-sizing", "border-box");
        heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
        answer.setWidthFull();
        answer.setMinHeight("6em");
        answer.setMaxLength(SampleAnswer.ANSWER_LIMIT);
        answer.setPlaceholder("An anonymised answer, written for the drill, in the words a candidate might use");
        answer.setValue(text == null ? "" : text);
        useRubric(rubric);
        consensus.setValue(level);
        consensus.setClearButtonVisible(true);
        consensus.setPlaceholder("Median of the ratings");
        consensus.setHelperText("Empty: the median of the submitted ratings when the drill closes");
        consensus.setWidth("16rem");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove this sample answer");
        remove.addClickListener(e -> onRemove.accept(this));
        HorizontalLayout top = new HorizontalLayout(heading, remove);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.expand(heading);
        add(top, answer, consensus);
    }

    void number(int position) {
        heading.setText("Sample answer " + position);
    }

    void useRubric(RubricVersion rubric) {
        Integer kept = consensus.getValue();
        consensus.setItems(rubric == null ? java.util.List.of() : rubric.levels().stream().map(RubricLevel::level).toList());
        consensus.setItemLabelGenerator(level -> rubric == null ? String.valueOf(level) : level + " · " + rubric.levelFor(level).label());
        if (kept != null && rubric != null && kept <= rubric.maxLevel()) {
            consensus.setValue(kept);
        }
    }

    /** Once the drill is open only the consensus can change. */
    void freezeText() {
        answer.setReadOnly(true);
        remove.setVisible(false);
    }

    void freezeAll() {
        freezeText();
        consensus.setReadOnly(true);
    }

    ComboBox<Integer> consensus() {
        return consensus;
    }

    SampleDraft value() {
        return new SampleDraft(answer.getValue(), consensus.getValue());
    }
}
