package dev.panel.plan.ui;

import com.vaadin.flow.dom.Element;
import dev.panel.plan.CoverageFacts;
import dev.panel.plan.PlanCoverage;
import dev.panel.plan.PlanStage;
import dev.panel.plan.QuestionPlan;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The coverage matrix drawn from the domain's own coverage report: the failing cells are marked and say why. */
class CoverageMatrixTest {

    /** Reliability (7) and coaching (8) are must-haves of the role; strategy (9) is not one of its competencies. */
    static final CoverageFacts FACTS = new CoverageFacts(Map.of(7L, true, 8L, true),
            Map.of(7L, "Reliability", 8L, "Coaching", 9L, "Strategy"),
            Map.of(101L, new CoverageFacts.QuestionFacts("Walk me through the last incident you led.", 20, Set.of(7L)),
                    102L, new CoverageFacts.QuestionFacts("How would you set up on-call for five people?", 15, Set.of(7L))));

    CoverageMatrix matrix = new CoverageMatrix();
    PlanLibrary library = new FakeLibrary().library();

    @Test
    void cells_where_the_gate_fails_are_marked_with_the_reason_in_words() {
        PlanCoverage coverage = QuestionPlan.draft(5L, "Loop", List.of(
                new PlanStage("Reliability", 30, 1, List.of(7L), List.of(101L, 102L)),
                new PlanStage("Vision", 45, 2, List.of(9L), List.of())), Instant.EPOCH).coverage(FACTS);

        matrix.show(coverage, library);

        assertThat(marked()).containsExactlyInAnyOrder("1: needs 2", "0: needs 2", "not in role", "35 of 30 min: 5 over");
        assertThat(listed()).containsExactlyInAnyOrder(
                "Stage 1 (Reliability) has 35 minutes of questions in a 30-minute slot.",
                "Stage 2 (Vision) focuses on Strategy, which is not one of the role's competencies.",
                "Reliability is a must-have competency judged by 1 interviewer; it needs at least 2.",
                "Coaching is a must-have competency judged by 0 interviewers; it needs at least 2.");
    }

    @Test
    void a_passing_plan_marks_nothing_and_says_it_passes() {
        PlanCoverage coverage = QuestionPlan.draft(5L, "Loop", List.of(
                new PlanStage("Reliability", 45, 2, List.of(7L), List.of(101L, 102L)),
                new PlanStage("Coaching", 45, 2, List.of(8L), List.of())), Instant.EPOCH).coverage(FACTS);

        matrix.show(coverage, library);

        assertThat(marked()).isEmpty();
        assertThat(all().filter(e -> "gate-passes".equals(e.getAttribute("id"))).map(Element::getText).findFirst())
                .hasValueSatisfying(text -> assertThat(text).startsWith("The plan passes the coverage check"));
    }

    private List<String> marked() {
        return all().filter(e -> e.getClassList().contains("gate-fails")).map(Element::getTextRecursively).toList();
    }

    private List<String> listed() {
        return all().filter(e -> "gate-problems".equals(e.getAttribute("id")))
                .flatMap(Element::getChildren).map(Element::getTextRecursively).toList();
    }

    private Stream<Element> all() {
        return descendants(matrix.getElement());
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(CoverageMatrixTest::descendants));
    }
}
