package dev.panel.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.panel.plan.PlanStage;
import dev.panel.plan.PlanState;
import dev.panel.plan.QuestionPlan;
import dev.panel.question.QuestionView;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Shown when someone else saved the plan while this person was editing it. Their unsaved edits stay in the builder;
 * here is the other version beside them, stage by stage, with ways on: take the other's stages into one's own and
 * save over it, save one's own as a new draft (when the other version was published meanwhile), or load the other's.
 */
class PlanConflict extends Div {

    /** What the person may do about the conflict; the builder carries it out. */
    interface Choices {
        void take(PlanStage theirs);

        void saveMineOverTheirs();

        void saveMineAsNewDraft();

        void loadTheirs();
    }

    PlanConflict(QuestionPlan theirs, PlanLibrary library, Map<Long, QuestionView> questions, Choices choices) {
        setId("plan-conflict");
        getStyle().set("border", "2px solid var(--lumo-error-color-50pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("background", "var(--lumo-error-color-10pct)");
        boolean stillDraft = theirs.state() == PlanState.DRAFT;
        Paragraph message = new Paragraph("Someone else saved this plan while you were editing it"
                + (stillDraft ? "" : ", and it is now " + PlansView.label(theirs.state()).toLowerCase())
                + ". Your changes are not saved yet and are all still below. Their version, \"" + theirs.name() + "\", is shown here: "
                + (stillDraft ? "take what you need of it into yours and save yours over it, or load theirs instead of yours."
                : "a published plan cannot change, so save yours as a new draft, or load theirs instead of yours."));
        message.setId("plan-conflict-message");
        message.getStyle().set("font-weight", "600").set("margin-top", "0");
        add(message);

        H3 heading = new H3("Their version");
        heading.getStyle().set("margin", "var(--lumo-space-s) 0");
        add(heading);
        if (theirs.stages().isEmpty()) {
            add(new Paragraph("No stages."));
        }
        for (int i = 0; i < theirs.stages().size(); i++) {
            add(stage(i, theirs.stages().get(i), library, questions, choices));
        }

        Button mine = stillDraft ? new Button("Save mine over theirs", e -> choices.saveMineOverTheirs())
                : new Button("Save mine as a new draft", e -> choices.saveMineAsNewDraft());
        mine.setId("save-mine");
        mine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button load = new Button("Drop mine and load theirs", e -> choices.loadTheirs());
        load.setId("load-theirs");
        load.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new HorizontalLayout(mine, load));
    }

    private static Div stage(int index, PlanStage stage, PlanLibrary library, Map<Long, QuestionView> questions, Choices choices) {
        Div box = new Div();
        box.addClassName("their-stage");
        box.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        Span title = new Span((index + 1) + ". " + stage.name() + " · " + stage.minutes() + " min · " + stage.interviewers()
                + (stage.interviewers() == 1 ? " interviewer" : " interviewers") + " · focus: "
                + stage.focusCompetencyIds().stream().map(library::name).collect(Collectors.joining(", ")));
        title.getStyle().set("font-weight", "600");
        Button take = new Button("Add this stage to mine", e -> {
            choices.take(stage);
            e.getSource().setEnabled(false);
            e.getSource().setText("Added to yours");
        });
        take.addClassName("take-stage");
        take.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        UnorderedList asked = new UnorderedList();
        asked.getStyle().set("margin", "0");
        for (long id : stage.questionIds()) {
            QuestionView q = questions.get(id);
            asked.add(new ListItem(q == null ? "A question no longer in the bank" : q.question().text() + " (" + q.question().minutes() + " min)"));
        }
        box.add(title, take, asked);
        return box;
    }
}
