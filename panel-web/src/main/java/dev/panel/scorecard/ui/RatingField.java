package dev.panel.scorecard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.panel.competency.RubricLevel;
import dev.panel.competency.RubricVersion;
import dev.panel.loop.FrozenPlan;
import dev.panel.scorecard.Rating;
import dev.panel.scorecard.Scorecard;

/**
 * The rating of one focus competency: every level with its behavioural anchor in view, and the evidence. Drills
 * use it too, so that interviewers practise in the component they score with.
 */
public class RatingField extends Div {

    private final FrozenPlan.Focus focus;
    private final RadioButtonGroup<Integer> level = new RadioButtonGroup<>();
    private final TextArea evidence = new TextArea("Evidence");
    private final RubricVersion rubric;
    private final String heading;

    RatingField(FrozenPlan.Focus focus, RubricVersion rubric, Rating current, Runnable onChange, Runnable onLeave) {
        this(focus, focus.name(), rubric, current.level(), current.evidence(), onChange, onLeave);
        getElement().setAttribute("data-competency", String.valueOf(focus.competencyId()));
        evidence.setAriaLabel("Evidence for " + focus.name());
    }

    /** A rating under {@code heading} on the rubric; {@code onChange} runs after a change, {@code onLeave} when the evidence loses focus. */
    public RatingField(String heading, RubricVersion rubric, Integer currentLevel, String currentEvidence, Runnable onChange, Runnable onLeave) {
        this(null, heading, rubric, currentLevel, currentEvidence, onChange, onLeave);
    }

    private RatingField(FrozenPlan.Focus focus, String heading, RubricVersion rubric, Integer currentLevel, String currentEvidence,
                        Runnable onChange, Runnable onLeave) {
        this.focus = focus;
        this.rubric = rubric;
        this.heading = heading;
        addClassName("rating-field");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");

        H3 name = new H3(heading);
        name.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span version = new Span("Rubric version " + rubric.number());
        version.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");

        // The renderer first: set after the items, it would build every level's button a second time.
        level.setRenderer(new ComponentRenderer<>(value -> anchor(rubric.levelFor(value))));
        level.setItems(rubric.levels().stream().map(RubricLevel::level).toList());
        level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        level.setAriaLabel("Rating: " + heading);
        level.addClassName("rating-levels");
        level.setValue(currentLevel);
        level.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.run();
            }
        });

        evidence.setWidthFull();
        evidence.setMinHeight("5em");
        evidence.setPlaceholder("What did you see or hear that puts the candidate at this level?");
        evidence.setMaxLength(Scorecard.EVIDENCE_LIMIT);
        evidence.setValue(currentEvidence == null ? "" : currentEvidence);
        evidence.setValueChangeMode(ValueChangeMode.TIMEOUT);
        evidence.setValueChangeTimeout(ScorecardView.TYPING_PAUSE_MILLIS);
        evidence.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.run();
            }
        });
        evidence.addBlurListener(e -> onLeave.run());

        add(name, version, level, evidence);
    }

    Rating value() {
        return new Rating(focus.competencyId(), focus.rubricVersionId(), level.getValue(), evidence.getValue());
    }

    /** Runs with the chosen level's words ("3 · Yes") when the interviewer picks one. */
    void onRated(java.util.function.Consumer<String> rated) {
        level.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                rated.accept(chosen());
            }
        });
    }

    /** The chosen level in words ("3 · Yes"), null when none is chosen. */
    String chosen() {
        Integer value = level.getValue();
        return value == null ? null : value + " · " + rubric.levelFor(value).label();
    }

    String heading() {
        return heading;
    }

    public Integer level() {
        return level.getValue();
    }

    public String evidence() {
        return evidence.getValue();
    }

    TextArea evidenceArea() {
        return evidence;
    }

    public void setReadOnly(boolean readOnly) {
        level.setReadOnly(readOnly);
        evidence.setReadOnly(readOnly);
    }

    private static Div anchor(RubricLevel level) {
        Span label = new Span(level.level() + " · " + level.label());
        label.getStyle().set("font-weight", "600");
        Span text = new Span(level.anchor());
        text.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div box = new Div(label, text);
        box.getStyle().set("padding-bottom", "var(--lumo-space-xs)");
        return box;
    }
}
