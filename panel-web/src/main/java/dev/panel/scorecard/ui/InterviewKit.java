package dev.panel.scorecard.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import dev.panel.loop.FrozenPlan;
import dev.panel.question.QuestionView;
import dev.panel.scorecard.Note;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kit column: the stage's questions in the plan's order, each with its notes and timer. */
class InterviewKit extends Section {

    private final List<QuestionCard> cards = new ArrayList<>();

    InterviewKit(FrozenPlan.Stage stage, Map<Long, QuestionView> questions, List<Note> stored, Runnable onChange, Runnable onLeave) {
        addClassName("scoring-kit");
        setId("interview-kit");
        H2 title = new H2("Questions");
        title.setId("kit-heading");
        title.getStyle().set("margin-top", "0");
        getElement().setAttribute("aria-labelledby", "kit-heading");
        add(title);
        Map<Long, Note> byQuestion = stored.stream().collect(Collectors.toMap(Note::questionId, Function.identity()));
        int number = 1;
        for (long questionId : stage.questionIds()) {
            QuestionView question = questions.get(questionId);
            if (question != null) {
                Note note = byQuestion.get(questionId);
                QuestionCard card = new QuestionCard(number++, question.question(), note == null ? null : note.seconds(), onChange, onLeave);
                card.notes().setValue(note == null ? "" : note.text());
                card.notes().getElement().setAttribute("data-draft", "q" + questionId);
                cards.add(card);
                add(card);
            }
        }
    }

    /** The notes and timed seconds to store, in the kit's order; questions with neither are left out. */
    List<Note> notes() {
        return cards.stream().map(QuestionCard::note).filter(Objects::nonNull).toList();
    }

    /** Questions with no notes yet, by their number in the kit. */
    List<Integer> withoutNotes() {
        List<Integer> empty = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).notes().getValue().isBlank()) {
                empty.add(i + 1);
            }
        }
        return empty;
    }

    List<TextArea> textAreas() {
        return cards.stream().map(QuestionCard::notes).toList();
    }

    void setEditable(boolean editable) {
        cards.forEach(c -> c.setReadOnly(!editable));
    }
}
