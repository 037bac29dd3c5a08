package dev.panel.scorecard.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.panel.competency.RubricVersion;
import dev.panel.loop.FrozenPlan;
import dev.panel.scorecard.Rating;
import dev.panel.scorecard.Recommendation;
import dev.panel.scorecard.Scorecard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scorecard column: a rating with evidence per focus competency, the overall recommendation, and the panel's progress. */
class ScorecardForm extends Section {

    private final List<RatingField> fields = new ArrayList<>();
    private final RadioButtonGroup<Recommendation> recommendation = new RadioButtonGroup<>("Overall recommendation");
    private final PanelSection panel = new PanelSection();

    ScorecardForm(FrozenPlan.Stage stage, Map<Long, RubricVersion> rubrics, Scorecard card, Announcer announcer, Runnable onChange, Runnable onLeave) {
        addClassName("scoring-form");
        setId("scorecard-form");
        H2 title = new H2("Ratings");
        title.setId("ratings-heading");
        title.getStyle().set("margin-top", "0");
        getElement().setAttribute("aria-labelledby", "ratings-heading");
        add(title);
        for (int i = 0; i < stage.focus().size(); i++) {
            FrozenPlan.Focus focus = stage.focus().get(i);
            RatingField field = new RatingField(focus, rubrics.get(focus.rubricVersionId()), card.ratings().get(i), onChange, onLeave);
            field.evidenceArea().getElement().setAttribute("data-draft", "e" + focus.competencyId());
            field.onRated(level -> announcer.say("Rating of " + focus.name() + ": " + level + "."));
            fields.add(field);
            add(field);
        }
        recommendation.setId("recommendation");
        recommendation.setItems(Recommendation.values());
        recommendation.setItemLabelGenerator(Recommendation::label);
        recommendation.setValue(card.recommendation());
        recommendation.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.run();
                if (e.getValue() != null) {
                    announcer.say("Overall recommendation: " + e.getValue().label() + ".");
                }
            }
        });
        add(recommendation, panel);
    }

    List<Rating> ratings() {
        return fields.stream().map(RatingField::value).toList();
    }

    Recommendation recommendation() {
        return recommendation.getValue();
    }

    /** Each competency's name with its rating as the review shows it ("3", or null when not rated). */
    Map<String, RatingField> byCompetency() {
        Map<String, RatingField> named = new LinkedHashMap<>();
        fields.forEach(f -> named.put(f.heading(), f));
        return named;
    }

    PanelSection panel() {
        return panel;
    }

    List<TextArea> textAreas() {
        return fields.stream().map(RatingField::evidenceArea).toList();
    }

    void setEditable(boolean editable) {
        fields.forEach(f -> f.setReadOnly(!editable));
        recommendation.setReadOnly(!editable);
    }
}
