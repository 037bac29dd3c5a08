package dev.panel.plan;

import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The coverage gate of shared/domain.md, on plans built in memory. */
class QuestionPlanTest {

    static final long RELIABILITY = 1, PEOPLE = 2, COST = 3;
    static final long Q_INCIDENT = 10, Q_COACHING = 11, Q_BUDGET = 12;
    static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    /** Reliability and people are must-haves; cost is nice to have. */
    static CoverageFacts facts() {
        Map<Long, Boolean> role = new LinkedHashMap<>();
        role.put(RELIABILITY, true);
        role.put(PEOPLE, true);
        role.put(COST, false);
        return new CoverageFacts(role,
                Map.of(RELIABILITY, "Reliability and operations", PEOPLE, "People leadership", COST, "Cost and vendors"),
                Map.of(Q_INCIDENT, new CoverageFacts.QuestionFacts("Walk me through the worst incident you led.", 20, Set.of(RELIABILITY)),
                        Q_COACHING, new CoverageFacts.QuestionFacts("Tell me about someone you coached out of a slump.", 15, Set.of(PEOPLE)),
                        Q_BUDGET, new CoverageFacts.QuestionFacts("Your cloud bill doubled: what do you do first?", 10, Set.of(COST))));
    }

    static PlanStage stage(String name, int minutes, int interviewers, List<Long> focus, List<Long> questions) {
        return new PlanStage(name, minutes, interviewers, focus, questions);
    }

    static QuestionPlan plan(PlanStage... stages) {
        return QuestionPlan.draft(5, "Head of Engineering loop", List.of(stages), NOW);
    }

    @Test
    void a_plan_judging_every_must_have_with_two_interviewers_within_time_passes() {
        QuestionPlan plan = plan(
                stage("Operations deep dive", 45, 2, List.of(RELIABILITY, COST), List.of(Q_INCIDENT, Q_BUDGET)),
                stage("Leadership", 30, 2, List.of(PEOPLE), List.of(Q_COACHING)));

        PlanCoverage coverage = plan.coverage(facts());

        assertThat(coverage.problems()).isEmpty();
        assertThat(coverage.passes()).isTrue();
        assertThat(coverage.competencies()).extracting(PlanCoverage.CompetencyCoverage::interviewers).containsExactly(2, 2, 2);
        assertThat(coverage.competencies().get(0).interviewersByStage()).containsExactly(2, 0);
        assertThat(coverage.stages()).extracting(PlanCoverage.StageBudget::questionMinutes).containsExactly(30, 15);
    }

    @Test
    void a_must_have_judged_by_one_interviewer_fails_and_the_reason_names_it() {
        QuestionPlan plan = plan(
                stage("Operations", 45, 1, List.of(RELIABILITY), List.of(Q_INCIDENT)),
                stage("Leadership", 30, 2, List.of(PEOPLE), List.of(Q_COACHING)));

        PlanCoverage coverage = plan.coverage(facts());

        assertThat(coverage.passes()).isFalse();
        assertThat(coverage.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("must_have_undercovered");
            assertThat(p.competencyId()).isEqualTo(RELIABILITY);
            assertThat(p.message()).isEqualTo("Reliability and operations is a must-have competency judged by 1 interviewer; it needs at least 2.");
        });
    }

    @Test
    void interviewers_add_up_across_stages() {
        QuestionPlan plan = plan(
                stage("Operations 1", 30, 1, List.of(RELIABILITY), List.of(Q_INCIDENT)),
                stage("Operations 2", 30, 1, List.of(RELIABILITY, PEOPLE), List.of()),
                stage("Leadership", 30, 1, List.of(PEOPLE), List.of(Q_COACHING)));

        assertThat(plan.coverage(facts()).passes()).isTrue();
    }

    @Test
    void a_nice_to_have_competency_left_out_does_not_fail_the_gate() {
        QuestionPlan plan = plan(stage("Everything", 60, 2, List.of(RELIABILITY, PEOPLE), List.of(Q_INCIDENT, Q_COACHING)));

        PlanCoverage coverage = plan.coverage(facts());

        assertThat(coverage.passes()).isTrue();
        assertThat(coverage.competencies().get(2).interviewers()).isZero();
    }

    @Test
    void questions_longer_than_their_stage_fail_with_the_minutes_in_words() {
        QuestionPlan plan = plan(stage("Short", 30, 2, List.of(RELIABILITY, PEOPLE), List.of(Q_INCIDENT, Q_COACHING)));

        PlanCoverage coverage = plan.coverage(facts());

        assertThat(coverage.problems()).extracting(PlanCoverage.Problem::message)
                .containsExactly("Stage 1 (Short) has 35 minutes of questions in a 30-minute slot.");
        assertThat(coverage.stages().get(0).fits()).isFalse();
    }

    @Test
    void a_question_that_serves_none_of_its_stages_focus_competencies_fails() {
        QuestionPlan plan = plan(
                stage("Operations", 45, 2, List.of(RELIABILITY), List.of(Q_INCIDENT, Q_COACHING)),
                stage("Leadership", 30, 2, List.of(PEOPLE), List.of()));

        PlanCoverage coverage = plan.coverage(facts());

        assertThat(coverage.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("question_off_focus");
            assertThat(p.questionId()).isEqualTo(Q_COACHING);
            assertThat(p.stage()).isEqualTo(1);
        });
    }

    @Test
    void an_empty_plan_fails() {
        assertThat(plan().coverage(facts()).problems()).extracting(PlanCoverage.Problem::code)
                .contains("no_stages", "must_have_undercovered");
    }

    @Test
    void publishing_an_uncovered_plan_needs_a_written_reason_which_is_kept() {
        QuestionPlan plan = plan(stage("Operations", 45, 1, List.of(RELIABILITY, PEOPLE), List.of(Q_INCIDENT)));
        PlanCoverage coverage = plan.coverage(facts());

        assertThatThrownBy(() -> plan.publish(coverage, "  ", "hana", NOW)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not pass the coverage check")
                .hasMessageContaining("Reliability and operations is a must-have competency judged by 1 interviewer");

        QuestionPlan published = plan.publish(coverage, "Only one staff engineer is free this quarter.", "hana", NOW);
        assertThat(published.state()).isEqualTo(PlanState.PUBLISHED);
        assertThat(published.overrideReason()).isEqualTo("Only one staff engineer is free this quarter.");
        assertThat(published.publishedBy()).isEqualTo("hana");
    }

    @Test
    void a_covered_plan_publishes_without_a_reason_and_is_then_read_only() {
        QuestionPlan plan = plan(stage("All", 60, 2, List.of(RELIABILITY, PEOPLE), List.of(Q_INCIDENT, Q_COACHING)));
        QuestionPlan published = plan.publish(plan.coverage(facts()), null, "hana", NOW);

        assertThat(published.overrideReason()).isNull();
        assertThatThrownBy(() -> published.edited("New name", List.of())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("read-only");
        assertThatThrownBy(() -> published.publish(published.coverage(facts()), null, "hana", NOW)).isInstanceOf(ConflictException.class);
        assertThat(published.retired().state()).isEqualTo(PlanState.RETIRED);
    }
}
