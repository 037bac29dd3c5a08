package dev.panel.plan.ui;

import dev.panel.plan.PlanStage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.panel.plan.ui.FakeLibrary.COACHING;
import static dev.panel.plan.ui.FakeLibrary.INCIDENT;
import static dev.panel.plan.ui.FakeLibrary.RELIABILITY;
import static dev.panel.plan.ui.FakeLibrary.ROTA;
import static dev.panel.plan.ui.FakeLibrary.SLUMP;
import static org.assertj.core.api.Assertions.assertThat;

/** A stage's form without a server: fill it in, pick questions, read the stage it hands over and its time budget. */
class StageEditorTest {

    FakeLibrary bank = new FakeLibrary();
    StageEditor editor = new StageEditor(new StageBean(), bank.library());
    List<StageEditor.StageEvent.Action> events = new ArrayList<>();

    StageEditorTest() {
        editor.addStageListener(e -> events.add(e.action()));
    }

    @Test
    void a_filled_in_stage_hands_over_its_fields_and_its_questions_in_the_order_picked() {
        editor.name.setValue("Reliability deep dive");
        editor.minutes.setValue(40);
        editor.interviewers.setValue(2);
        editor.focus.setValue(Set.of(RELIABILITY, COACHING));
        editor.questions.add(ROTA);
        editor.questions.add(INCIDENT);
        editor.questions.add(ROTA);

        assertThat(editor.validate()).isTrue();
        assertThat(editor.bean().stage()).isEqualTo(new PlanStage("Reliability deep dive", 40, 2, List.of(7L, 8L), List.of(102L, 101L)));
        assertThat(editor.questions.budget.getText()).isEqualTo("Questions: 35 of 40 minutes");
        assertThat(events).as("every edit tells the builder, so the coverage is recomputed").contains(StageEditor.StageEvent.Action.CHANGED);
    }

    @Test
    void questions_longer_than_the_stage_mark_the_budget_over() {
        editor.minutes.setValue(30);
        editor.focus.setValue(Set.of(RELIABILITY));
        editor.questions.add(INCIDENT);
        editor.questions.add(ROTA);

        assertThat(editor.questions.budget.getText()).isEqualTo("Questions: 35 of 30 minutes · 5 minutes over budget");
        assertThat(editor.questions.budget.hasClassName("over-budget")).isTrue();
    }

    @Test
    void the_picker_offers_only_questions_on_the_stage_focus() {
        assertThat(editor.questions.picker.isEnabled()).as("no focus, nothing to offer").isFalse();
        editor.focus.setValue(Set.of(COACHING));

        assertThat(editor.questions.picker.isEnabled()).isTrue();
        assertThat(editor.questions.picker.getLazyDataView().getItems().toList()).containsExactly(SLUMP);
        assertThat(bank.asked).last().satisfies(f -> assertThat(f.anyOfCompetencyIds()).containsExactly(8L));
    }

    @Test
    void an_empty_stage_is_not_valid_and_says_why_in_place() {
        editor.minutes.setValue(2);
        editor.interviewers.setValue(9);

        assertThat(editor.validate()).isFalse();
        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).isEqualTo("Give the stage a name, e.g. Technical deep dive.");
        assertThat(editor.minutes.getErrorMessage()).isEqualTo("5 to 480 minutes.");
        assertThat(editor.interviewers.getErrorMessage()).isEqualTo("1 to 6 interviewers.");
        assertThat(editor.focus.getErrorMessage()).isEqualTo("Choose at least one competency this stage judges.");
    }

    @Test
    void a_read_only_stage_offers_no_changes() {
        editor.setReadOnly(true);

        assertThat(editor.name.isReadOnly()).isTrue();
        assertThat(editor.focus.isReadOnly()).isTrue();
        assertThat(editor.questions.picker.isVisible()).isFalse();
        assertThat(editor.remove.isVisible()).isFalse();
    }
}
