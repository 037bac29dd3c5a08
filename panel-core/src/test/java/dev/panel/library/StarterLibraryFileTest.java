package dev.panel.library;

import dev.panel.competency.Rubric;
import dev.panel.competency.RubricLevel;
import dev.panel.plan.CoverageFacts;
import dev.panel.plan.PlanCoverage;
import dev.panel.plan.PlanStage;
import dev.panel.plan.QuestionPlan;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter library file meets what the core-domain issue asks of it, before it ever reaches a database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StarterLibraryFileTest {

    LibraryFile file;

    @BeforeAll
    void read() {
        file = LibraryReader.read(StarterLibrary.RESOURCE);
    }

    @Test
    void it_has_at_least_ten_competencies_each_with_a_valid_four_level_anchored_rubric() {
        assertThat(file.competencies()).hasSizeGreaterThanOrEqualTo(10);
        for (LibraryFile.CompetencyEntry competency : file.competencies()) {
            List<RubricLevel> levels = Rubric.checked(competency.rubric().stream()
                    .map(l -> new RubricLevel(l.level(), l.label(), l.anchor())).toList());
            assertThat(levels).extracting(RubricLevel::label).as(competency.key()).containsExactlyElementsOf(Rubric.DEFAULT_LABELS);
            assertThat(levels).allSatisfy(l -> assertThat(l.anchor().length()).as(competency.key()).isGreaterThan(60));
        }
    }

    @Test
    void it_covers_the_four_leadership_roles() {
        assertThat(file.roles()).extracting(LibraryFile.RoleEntry::key)
                .containsExactlyInAnyOrder("cto", "technical-director", "head-of-engineering", "technical-lead");
    }

    @Test
    void each_role_has_at_least_25_complete_questions_spread_over_every_kind_and_level() {
        Set<String> competencyKeys = file.competencies().stream().map(LibraryFile.CompetencyEntry::key).collect(Collectors.toSet());
        for (LibraryFile.RoleEntry role : file.roles()) {
            Set<String> roleCompetencies = role.competencies().stream().map(LibraryFile.RequirementEntry::competency).collect(Collectors.toSet());
            assertThat(competencyKeys).as(role.key()).containsAll(roleCompetencies);
            assertThat(role.questions()).as(role.key()).hasSizeGreaterThanOrEqualTo(25);
            assertThat(role.questions().stream().map(q -> QuestionKind.valueOf(q.kind())).collect(Collectors.toSet()))
                    .as(role.key() + " kinds").containsExactlyInAnyOrder(QuestionKind.values());
            assertThat(role.questions().stream().map(q -> QuestionLevel.valueOf(q.level())).collect(Collectors.toSet()))
                    .as(role.key() + " levels").containsExactlyInAnyOrder(QuestionLevel.values());
            for (LibraryFile.QuestionEntry q : role.questions()) {
                assertThat(q.text()).as(q.key()).isNotBlank();
                assertThat(q.signal()).as(q.key()).isNotBlank();
                assertThat(q.probes()).as(q.key()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(q.strongAnswer()).as(q.key()).isNotEmpty();
                assertThat(q.redFlags()).as(q.key()).isNotEmpty();
                assertThat(q.minutes()).as(q.key()).isBetween(1, 60);
                assertThat(roleCompetencies).as(q.key()).containsAll(q.competencies());
            }
        }
    }

    @Test
    void no_question_text_appears_twice() {
        List<String> texts = file.roles().stream().flatMap(r -> r.questions().stream()).map(q -> q.text().toLowerCase()).toList();
        assertThat(new HashSet<>(texts)).hasSameSizeAs(texts);
    }

    @Test
    void every_roles_plan_passes_the_coverage_gate() {
        Map<String, Long> competencyIds = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (LibraryFile.CompetencyEntry c : file.competencies()) {
            long id = competencyIds.size() + 1;
            competencyIds.put(c.key(), id);
            names.put(id, c.name());
        }
        for (LibraryFile.RoleEntry role : file.roles()) {
            Map<Long, Boolean> required = new LinkedHashMap<>();
            role.competencies().forEach(r -> required.put(competencyIds.get(r.competency()), r.mustHave()));
            Map<String, Long> questionIds = new HashMap<>();
            Map<Long, CoverageFacts.QuestionFacts> questions = new HashMap<>();
            for (LibraryFile.QuestionEntry q : role.questions()) {
                long id = 1000 + questionIds.size();
                questionIds.put(q.key(), id);
                questions.put(id, new CoverageFacts.QuestionFacts(q.text(), q.minutes(),
                        q.competencies().stream().map(competencyIds::get).collect(Collectors.toSet())));
            }
            List<PlanStage> stages = role.plan().stages().stream().map(s -> new PlanStage(s.name(), s.minutes(), s.interviewers(),
                    s.focus().stream().map(competencyIds::get).toList(),
                    s.questions().stream().map(questionIds::get).toList())).toList();
            assertThat(stages).as(role.key()).allSatisfy(s -> assertThat(s.questionIds()).doesNotContainNull().isNotEmpty());

            PlanCoverage coverage = QuestionPlan.draft(1, role.plan().name(), stages, Instant.now())
                    .coverage(new CoverageFacts(required, names, questions));

            assertThat(coverage.problems()).as(role.key()).isEmpty();
            assertThat(coverage.competencies()).as(role.key()).filteredOn(PlanCoverage.CompetencyCoverage::mustHave).isNotEmpty();
        }
    }

}
