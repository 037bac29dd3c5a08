package dev.panel.scorecard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;
import java.util.Map;

/**
 * The last look before submitting: each competency's rating and whether it has evidence, the recommendation, and what
 * is still empty. Submitting is its own button, never the one focused when the review opens, so the Enter that opened
 * the review cannot also confirm it; while something required is missing it cannot be pressed at all.
 */
class SubmitReview extends Dialog {

    record Line(String competency, String rating, boolean evidence) {
    }

    SubmitReview(String action, List<Line> ratings, String recommendation, List<String> missing, List<Integer> questionsWithoutNotes,
                 Runnable confirm) {
        setId("submit-review");
        setHeaderTitle("Review before you " + action.toLowerCase());
        setWidth("min(34rem, 100vw)");
        UnorderedList summary = new UnorderedList();
        summary.setId("review-summary");
        for (Line line : ratings) {
            summary.add(new ListItem(line.competency() + ": " + (line.rating() == null ? "not rated" : line.rating())
                    + (line.evidence() ? ", with evidence" : ", no evidence yet")));
        }
        summary.add(new ListItem("Overall recommendation: " + (recommendation == null ? "not chosen" : recommendation)));
        add(summary);

        Paragraph empty = new Paragraph();
        empty.setId("review-missing");
        if (!missing.isEmpty()) {
            empty.setText("Still needed before you can submit: " + String.join(", ", missing) + ".");
            empty.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        } else {
            empty.setText("Everything a submission needs is there.");
        }
        add(empty);
        if (!questionsWithoutNotes.isEmpty()) {
            Paragraph notes = new Paragraph("No notes yet on question" + (questionsWithoutNotes.size() == 1 ? " " : "s ")
                    + String.join(", ", questionsWithoutNotes.stream().map(String::valueOf).toList()) + " (notes are not required).");
            notes.setId("review-notes");
            add(notes);
        }

        Button back = new Button("Back to the scorecard", e -> close());
        back.setId("review-back");
        back.setAutofocus(true);
        Button submit = new Button(action + " now", e -> {
            close();
            confirm.run();
        });
        submit.setId("confirm-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.setEnabled(missing.isEmpty());
        getFooter().add(back, submit);
    }

    static List<Line> lines(Map<String, RatingField> byCompetency) {
        return byCompetency.entrySet().stream()
                .map(e -> new Line(e.getKey(), e.getValue().chosen(), !e.getValue().evidence().isBlank())).toList();
    }
}
