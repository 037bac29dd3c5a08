package dev.panel.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionView;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stage's questions in the order they are asked, a picker that offers the bank's questions on the stage's focus
 * competencies, and the stage's time budget: the questions' minutes against the stage's length.
 */
class StageQuestions extends Div {

    private final StageBean bean;
    private final PlanLibrary library;
    private final Runnable changed;
    private final Div rows = new Div();
    final Span budget = new Span();
    private final ProgressBar budgetBar = new ProgressBar();
    final ComboBox<QuestionView> picker = new ComboBox<>("Add a question on the stage's focus");
    private boolean readOnly;

    StageQuestions(StageBean bean, PlanLibrary library, Runnable changed) {
        this.bean = bean;
        this.library = library;
        this.changed = changed;
        addClassName("stage-questions");
        picker.addClassName("question-picker");
        picker.setWidthFull();
        picker.setItemLabelGenerator(q -> shortened(q.question().text()) + " · " + q.question().minutes() + " min");
        picker.setItems(query -> library.bank().page(filter(query.getFilter().orElse("")), query.getOffset(), query.getLimit()).stream(),
                query -> (int) library.bank().count(filter(query.getFilter().orElse(""))));
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                add(e.getValue());
                picker.clear();
            }
        });
        budget.addClassName("stage-budget");
        budgetBar.setMin(0);
        budgetBar.getElement().setAttribute("aria-label", "Minutes of questions against the stage's length");
        rows.addClassName("picked-questions");
        add(budget, budgetBar, rows, picker);
        refresh();
    }

    private QuestionFilter filter(String text) {
        return QuestionFilter.anyOf(focusIds(), text);
    }

    private Set<Long> focusIds() {
        return bean.getFocus().stream().map(c -> c.competency().id()).collect(Collectors.toSet());
    }

    void add(QuestionView question) {
        if (bean.questions().stream().noneMatch(q -> q.question().id().equals(question.question().id()))) {
            bean.questions().add(question);
            refresh();
            changed.run();
        }
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        picker.setVisible(!readOnly);
        refresh();
    }

    /** Redraws the list and the budget, and offers questions for the focus as it is now. */
    void refresh() {
        boolean hasFocus = !bean.getFocus().isEmpty();
        picker.setEnabled(hasFocus);
        picker.setHelperText(hasFocus ? "Type to search the questions on " + bean.getFocus().stream()
                .map(c -> c.competency().name()).sorted().collect(Collectors.joining(", ")) + "." : "Choose a focus competency first.");
        picker.getLazyDataView().refreshAll();
        showBudget();
        rows.removeAll();
        List<QuestionView> questions = bean.questions();
        if (questions.isEmpty()) {
            rows.add(new Span("No questions yet."));
        }
        for (int i = 0; i < questions.size(); i++) {
            rows.add(row(i, questions.get(i)));
        }
    }

    private void showBudget() {
        int slot = bean.getMinutes() == null ? 0 : bean.getMinutes();
        int used = bean.questionMinutes();
        boolean over = used > slot;
        budget.setText("Questions: " + used + " of " + slot + " minutes" + (over ? " · " + (used - slot) + " minutes over budget" : ""));
        budget.getElement().getClassList().set("over-budget", over);
        budget.getStyle().set("color", over ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)")
                .set("font-weight", over ? "600" : "normal").set("font-size", "var(--lumo-font-size-s)");
        budgetBar.setMax(Math.max(slot, 1));
        budgetBar.setValue(Math.min(used, Math.max(slot, 1)));
        budgetBar.removeThemeVariants(ProgressBarVariant.LUMO_ERROR, ProgressBarVariant.LUMO_SUCCESS);
        budgetBar.addThemeVariants(over ? ProgressBarVariant.LUMO_ERROR : ProgressBarVariant.LUMO_SUCCESS);
    }

    private Div row(int index, QuestionView question) {
        Div row = new Div();
        row.addClassName("stage-question");
        row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline")
                .set("padding", "var(--lumo-space-xs) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Div text = new Div(new Span((index + 1) + ". " + question.question().text()));
        text.getStyle().set("flex", "1");
        Span details = new Span(question.question().minutes() + " min · " + question.competencyIds().stream()
                .map(library::name).collect(Collectors.joining(", ")));
        details.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        text.add(details);
        if (question.competencyIds().stream().noneMatch(focusIds()::contains)) {
            Span off = new Span("Gives evidence for none of this stage's focus competencies.");
            off.addClassName("off-focus");
            off.getStyle().set("display", "block").set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
            text.add(off);
        }
        row.add(text);
        if (!readOnly) {
            row.add(small(VaadinIcon.ARROW_UP, "Ask earlier", "question-up", index > 0, () -> Collections.swap(bean.questions(), index, index - 1)),
                    small(VaadinIcon.ARROW_DOWN, "Ask later", "question-down", index < bean.questions().size() - 1,
                            () -> Collections.swap(bean.questions(), index, index + 1)),
                    small(VaadinIcon.CLOSE_SMALL, "Remove from this stage", "question-remove", true, () -> bean.questions().remove(index)));
        }
        return row;
    }

    private Button small(VaadinIcon icon, String label, String className, boolean enabled, Runnable action) {
        Button button = new Button(icon.create(), e -> {
            action.run();
            refresh();
            changed.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.addClassName(className);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.setEnabled(enabled);
        return button;
    }

    static String shortened(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }
}
