package dev.panel.calibration;

import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopView;
import dev.panel.ratings.RatingFilter;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The question analytics over Panel's own scorecards on MySQL: what is counted per question, and the blind-scoring
 * rule (a panelist who has not submitted in a loop sees nothing of it, in the question figures too). The database is
 * shared with other tests, so the checks are on what the loops made here add.
 */
@MicronautTest(startApplication = false, transactional = false)
class QuestionAnalyticsIT implements DatabaseTest {

    @Inject
    CalibrationService calibration;
    @Inject
    LoopFixture fixture;

    Actor recruiter;
    RatingFilter role;

    @BeforeAll
    void people() {
        recruiter = Actor.of(fixture.people(Role.RECRUITER).get(0));
        role = new RatingFilter(null, null, fixture.technicalLeadPlan().roleId(), null, null, null);
    }

    private Map<Long, QuestionStats> questions(Actor actor) {
        return calibration.analyse(actor, role).questions().stream()
                .collect(Collectors.toMap(QuestionStats::questionId, Function.identity(), (a, b) -> a));
    }

    private static int planned(Map<Long, QuestionStats> questions, long id) {
        return questions.containsKey(id) ? questions.get(id).planned() : 0;
    }

    private static int asked(Map<Long, QuestionStats> questions, long id) {
        return questions.containsKey(id) ? questions.get(id).asked() : 0;
    }

    @Test
    void each_submitted_scorecard_counts_for_every_question_of_its_stage_and_as_asked_where_it_has_notes() {
        Map<Long, QuestionStats> before = questions(recruiter);
        FrozenPlan.Stage stage = null;
        for (int loop = 0; loop < 3; loop++) {
            List<User> panel = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER);
            LoopView opened = fixture.openWithFirstStage(panel);
            stage = opened.interviews().get(0).stage();
            long interview = opened.interviews().get(0).interview().id();
            panel.forEach(u -> fixture.submitted(u, interview, "Evidence"));
        }
        Map<Long, QuestionStats> after = questions(recruiter);

        // the fixture's scorecards have notes on the stage's first question only
        long first = stage.questionIds().get(0);
        assertThat(planned(after, first) - planned(before, first)).isEqualTo(6);
        assertThat(asked(after, first) - asked(before, first)).isEqualTo(6);
        for (long other : stage.questionIds().subList(1, stage.questionIds().size())) {
            assertThat(planned(after, other) - planned(before, other)).as("question %d", other).isEqualTo(6);
            assertThat(asked(after, other) - asked(before, other)).as("question %d", other).isZero();
        }
        QuestionStats firstNow = after.get(first);
        assertThat(firstNow.emptyShare()).isEqualTo((firstNow.planned() - firstNow.asked()) / (double) firstNow.planned());
        assertThat(firstNow.distribution().get(2)).isGreaterThanOrEqualTo(6);
        assertThat(firstNow.role()).isEqualTo(calibration.analyse(recruiter, role).questions().stream()
                .filter(q -> q.questionId() == first).findFirst().orElseThrow().role());
    }

    @Test
    void a_hiring_manager_on_a_panel_they_have_not_scored_sees_nothing_of_that_loop_in_the_question_figures() {
        User scored = fixture.people(Role.INTERVIEWER).get(0);
        User manager = fixture.people(Role.HIRING_MANAGER).get(0);
        LoopView opened = fixture.openWithFirstStage(List.of(scored, manager));
        long interview = opened.interviews().get(0).interview().id();
        fixture.submitted(scored, interview, "Evidence");
        long first = opened.interviews().get(0).stage().questionIds().get(0);

        int seenByRecruiter = planned(questions(recruiter), first);
        int seenByManager = planned(questions(Actor.of(manager)), first);

        assertThat(seenByRecruiter - seenByManager).isEqualTo(1);
        fixture.submitted(manager, interview, "Own view");
        assertThat(planned(questions(Actor.of(manager)), first)).isEqualTo(planned(questions(recruiter), first));
    }
}
