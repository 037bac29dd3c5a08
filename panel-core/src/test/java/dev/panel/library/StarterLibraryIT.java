package dev.panel.library;

import dev.panel.competency.CompetencyService;
import dev.panel.plan.PlanService;
import dev.panel.plan.PlanView;
import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionService;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** At start-up the starter library is in the database, installed through the services, and installing it again adds nothing. */
@MicronautTest(startApplication = false, transactional = false)
class StarterLibraryIT implements DatabaseTest {

    @Inject
    StarterLibrary library;
    @Inject
    CompetencyService competencies;
    @Inject
    RoleService roles;
    @Inject
    QuestionService questions;
    @Inject
    PlanService plans;

    @Test
    void every_leadership_role_has_a_published_plan_that_passes_the_coverage_gate() {
        for (String slug : new String[]{"cto", "technical-director", "head-of-engineering", "technical-lead"}) {
            RoleView role = roles.findBySlug(slug).orElseThrow(() -> new AssertionError("no role " + slug));
            assertThat(role.mustHaveCompetencyIds()).as(slug).isNotEmpty();
            assertThat(plans.published(role.role().id())).as(slug).isNotEmpty();
            PlanView plan = plans.get(plans.published(role.role().id()).get(0).id());
            assertThat(plan.coverage().problems()).as(slug).isEmpty();
            assertThat(questions.count(new QuestionFilter(role.role().id(), null, null, null, null))).as(slug).isGreaterThanOrEqualTo(25);
        }
    }

    @Test
    void the_starter_competencies_come_with_their_four_level_rubric() {
        for (LibraryFile.CompetencyEntry entry : LibraryReader.read(StarterLibrary.RESOURCE).competencies()) {
            var competency = competencies.findBySlug(entry.key()).orElseThrow(() -> new AssertionError("no competency " + entry.key()));
            var rubric = competencies.get(competency.id()).rubric();
            assertThat(competency.name()).isEqualTo(entry.name());
            assertThat(rubric.number()).isGreaterThanOrEqualTo(1);
            assertThat(rubric.levels()).extracting(l -> l.label()).containsExactly("Strong no", "No", "Yes", "Strong yes");
        }
    }

    @Test
    void installing_again_changes_nothing() {
        long before = questions.count(QuestionFilter.all());
        int competencyCount = competencies.list().size();

        library.install(FirstStart.PANEL, null);

        assertThat(questions.count(QuestionFilter.all())).isEqualTo(before);
        assertThat(competencies.list()).hasSize(competencyCount);
    }

    @Test
    void the_bank_can_be_searched_by_kind_and_text() {
        long situational = questions.count(new QuestionFilter(null, null, QuestionKind.SITUATIONAL, null, null));
        assertThat(situational).isPositive().isLessThan(questions.count(QuestionFilter.all()));
        assertThat(questions.page(new QuestionFilter(null, null, null, null, "on-call"), 0, 50))
                .isNotEmpty()
                .allSatisfy(q -> assertThat(q.question().text().toLowerCase()).contains("on-call"));
    }
}
