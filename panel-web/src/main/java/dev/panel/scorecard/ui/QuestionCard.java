package dev.panel.scorecard.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.panel.question.Question;
import dev.panel.scorecard.Note;

import java.util.List;

/** One question of the kit: what to ask, the guidance around it, a timer for its time box, and the notes. */
class QuestionCard extends Div {

    private final TextArea notes = new TextArea();
    private final long questionId;
    private final QuestionTimer timer;

    /** {@code seconds}: how long the question's timer ran before, null if never. */
    QuestionCard(int number, Question question, Integer seconds, Runnable onChange, Runnable onLeave) {
        this.questionId = question.id();
        addClassName("question-card");
        // Reached by the shortcuts (next and previous question), not by Tab.
        getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Question " + number);
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");

        Span meta = new Span("Question " + number + " · " + question.minutes() + " min · " + question.kind().label()
                + " · " + question.level().label());
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        timer = new QuestionTimer(question.minutes(), number, seconds, onChange);
        HorizontalLayout header = new HorizontalLayout(meta, timer);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap");
        header.expand(meta);

        H3 text = new H3(question.text());
        text.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-xs) 0");
        Paragraph signal = new Paragraph("Listen for: " + question.signal());
        signal.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");

        Details guidance = new Details("Probes, strong answer, red flags",
                section("Follow-up probes", question.probes()),
                section("A strong answer shows", question.strongAnswer()),
                section("Red flags", question.redFlags()));
        guidance.setOpened(number == 1);

        notes.setLabel("Notes");
        notes.setAriaLabel("Notes on question " + number);
        notes.setPlaceholder("What the candidate said and did, in their words where you can");
        notes.setWidthFull();
        notes.setMinHeight("7em");
        notes.setMaxLength(dev.panel.scorecard.Scorecard.NOTE_LIMIT);
        notes.setValueChangeMode(ValueChangeMode.TIMEOUT);
        notes.setValueChangeTimeout(ScorecardView.TYPING_PAUSE_MILLIS);
        notes.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.run();
            }
        });
        notes.addBlurListener(e -> onLeave.run());
        notes.getElement().setAttribute("data-question", String.valueOf(question.id()));

        add(header, text, signal, guidance, notes);
    }

    TextArea notes() {
        return notes;
    }

    long questionId() {
        return questionId;
    }

    /** What is stored of this question: the notes and the timer's seconds; null when there is neither. */
    Note note() {
        String text = notes.getValue();
        Integer seconds = timer.seconds();
        return text.isEmpty() && seconds == null ? null : new Note(questionId, text, seconds);
    }

    void setReadOnly(boolean readOnly) {
        notes.setReadOnly(readOnly);
        timer.setReadOnly(readOnly);
    }

    private static Div section(String title, List<String> lines) {
        Div block = new Div();
        Span heading = new Span(title);
        heading.getStyle().set("font-weight", "600");
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        if (lines.isEmpty()) {
            list.add(new ListItem("—"));
        }
        list.getStyle().set("margin-top", "var(--lumo-space-xs)");
        block.add(heading, list);
        return block;
    }

}
