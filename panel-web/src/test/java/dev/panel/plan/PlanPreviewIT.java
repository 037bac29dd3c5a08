package dev.panel.plan;

import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.role.Requirement;
import dev.panel.role.RoleView;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LibraryFixture;
import dev.panel.testing.Names;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What the builder asks of the core while a plan is edited: the coverage of an unsaved draft, and questions on a stage's focus. */
@MicronautTest(transactional = false)
class PlanPreviewIT implements DatabaseTest {

    @Inject
    LibraryFixture library;
    @Inject
    PlanService plans;
    @Inject
    QuestionService questions;

    @Test
    void the_coverage_of_an_unsaved_draft_counts_its_stages_and_questions_and_stores_nothing() {
        long systems = library.competency();
        long people = library.competency();
        RoleView role = library.role(new Requirement(systems, 3, true), new Requirement(people, 1, false));
        long question = library.question(Names.unique("Design a ledger"), QuestionKind.TECHNICAL, QuestionLevel.DEEP_TECHNICAL, 50,
                List.of(systems), List.of());
        int before = plans.list(role.role().id()).size();

        PlanCoverage coverage = plans.preview(new PlanDraft(role.role().id(), "", List.of(
                new PlanStage("Deep dive", 45, 2, List.of(systems), List.of(question))), null));

        assertThat(coverage.competencies()).extracting(PlanCoverage.CompetencyCoverage::competencyId, PlanCoverage.CompetencyCoverage::interviewers)
                .containsExactly(tuple(systems, 2), tuple(people, 0));
        assertThat(coverage.stages()).singleElement().satisfies(s -> assertThat(s.questionMinutes()).isEqualTo(50));
        assertThat(coverage.problems()).extracting(PlanCoverage.Problem::code).containsExactly("stage_over_time");
        assertThat(plans.list(role.role().id())).hasSize(before);
    }

    @Test
    void a_stage_is_offered_the_questions_on_any_of_its_focus_competencies_and_no_others() {
        long systems = library.competency();
        long people = library.competency();
        long elsewhere = library.competency();
        String marker = Names.unique("focus");
        long onSystems = library.question(marker + " systems", QuestionKind.TECHNICAL, QuestionLevel.INTERMEDIATE, 10, List.of(systems), List.of());
        long onPeople = library.question(marker + " people", QuestionKind.BEHAVIOURAL, QuestionLevel.INTERMEDIATE, 10, List.of(people), List.of());
        library.question(marker + " elsewhere", QuestionKind.BEHAVIOURAL, QuestionLevel.INTERMEDIATE, 10, List.of(elsewhere), List.of());

        QuestionFilter focus = QuestionFilter.anyOf(Set.of(systems, people), marker);
        assertThat(questions.page(focus, 0, 10)).extracting(v -> v.question().id()).containsExactlyInAnyOrder(onSystems, onPeople);
        assertThat(questions.count(focus)).isEqualTo(2);
        assertThat(questions.page(QuestionFilter.anyOf(Set.of(), marker), 0, 10)).as("a stage without a focus is offered nothing").isEmpty();
        assertThat(questions.page(QuestionFilter.anyOf(Set.of(people), marker + " people"), 0, 10))
                .extracting(QuestionView::competencyIds).containsExactly(List.of(people));
    }
}
