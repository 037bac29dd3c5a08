package dev.panel.drill;

import dev.panel.common.ForbiddenException;
import dev.panel.common.InvalidInputException;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.DrillFixture;
import dev.panel.testing.LoopFixture;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
class DrillServiceIT implements DatabaseTest {

    @Inject
    LoopFixture people;
    @Inject
    DrillFixture fixture;
    @Inject
    DrillService drills;
    @Inject
    DrillRatingService taking;
    @Inject
    CalibratedStatusService statuses;

    @Test
    void an_interviewer_sees_neither_the_consensus_nor_anyone_elses_ratings_before_submitting_their_own() {
        List<User> users = people.people(Role.HIRING_MANAGER, Role.INTERVIEWER, Role.INTERVIEWER);
        long drill = fixture.open(users.get(0), 1, 2, 3, 4, 3).drill().id();
        User first = users.get(1);
        User second = users.get(2);
        fixture.submitted(first, drill, 1, 2, 3, 4, 3);
        fixture.rate(second, drill, 2, 2, 2, 2, 2);
        Actor reader = Actor.of(second);

        assertThat(taking.visible(reader, drill)).extracting(DrillRating::interviewerId).containsOnly(second.id());
        assertThat(taking.attempt(reader, drill).samples()).extracting(SampleAnswer::consensusLevel).containsOnlyNulls();
        assertThatThrownBy(() -> taking.feedback(reader, drill)).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("Submit your own ratings first");
        // the first interviewer, submitted, still sees nothing of the second one's draft
        assertThat(taking.visible(Actor.of(first), drill)).extracting(DrillRating::interviewerId).containsOnly(first.id());

        taking.submit(reader, drill);

        assertThat(taking.visible(reader, drill)).extracting(DrillRating::interviewerId).contains(first.id(), second.id());
        DrillFeedback feedback = taking.feedback(reader, drill);
        SampleFeedback fourth = feedback.samples().get(3);
        assertThat(fourth.level()).isEqualTo(2);
        assertThat(fourth.consensus()).isEqualTo(4);
        assertThat(fourth.anchor().label()).isEqualTo("No");
        assertThat(fourth.consensusAnchor().label()).isEqualTo("Strong yes");
        assertThat(fourth.consensusAnchor().anchor()).startsWith("Has made several teams predictable");
        assertThat(fourth.panel()).containsEntry(2, 1).containsEntry(4, 1);
        assertThat(fourth.spread()).isEqualTo(2);
    }

    @Test
    void submitting_names_every_missing_level_and_evidence_and_keeps_the_draft() {
        List<User> users = people.people(Role.HIRING_MANAGER, Role.INTERVIEWER);
        long drill = fixture.open(users.get(0), 1, 2, 3).drill().id();
        Actor interviewer = Actor.of(users.get(1));
        DrillAttempt attempt = taking.attempt(interviewer, drill);
        taking.save(interviewer, drill, List.of(new SampleRating(attempt.samples().get(0).id(), 2, "Named one metric."),
                new SampleRating(attempt.samples().get(1).id(), null, "Said little.")));

        assertThatThrownBy(() -> taking.submit(interviewer, drill)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Before submitting, add a level for sample answer 2, a level for sample answer 3, evidence for sample answer 3.");
        DrillAttempt kept = taking.attempt(interviewer, drill);
        assertThat(kept.submitted()).isFalse();
        assertThat(kept.ratings()).extracting(DrillRating::evidence).containsExactly("Named one metric.", "Said little.", "");
    }

    @Test
    void closing_takes_the_median_where_the_manager_set_no_consensus_and_calibrates_those_over_the_bar() {
        List<User> users = people.people(Role.HIRING_MANAGER, Role.INTERVIEWER, Role.INTERVIEWER, Role.INTERVIEWER);
        Actor manager = Actor.of(users.get(0));
        long drill = fixture.open(users.get(0), 1, 2, null, 4, 3).drill().id();
        fixture.submitted(users.get(1), drill, 1, 2, 3, 4, 3);
        fixture.submitted(users.get(2), drill, 1, 2, 2, 4, 3);
        fixture.submitted(users.get(3), drill, 4, 4, 4, 1, 1);

        DrillReport report = drills.close(manager, drill);

        assertThat(drills.get(manager, drill).samples().get(2).consensusLevel()).isEqualTo(3);
        assertThat(drills.get(manager, drill).samples().get(2).consensusSource()).isEqualTo(ConsensusSource.MEDIAN);
        assertThat(report.interviewers()).filteredOn(DrillReport.InterviewerResult::calibrated)
                .extracting(DrillReport.InterviewerResult::interviewerId).containsExactlyInAnyOrder(users.get(1).id(), users.get(2).id());
        List<CalibratedCompetency> calibrated = statuses.calibratedCompetencies(users.get(1).username());
        assertThat(calibrated).extracting(CalibratedCompetency::competencyName).containsExactly("Delivery and execution");
        assertThat(calibrated.get(0).kappa()).isEqualTo(1.0);
        assertThat(ChronoUnit.DAYS.between(calibrated.get(0).achievedAt(), calibrated.get(0).expiresAt())).isBetween(365L, 366L);
        assertThat(statuses.calibratedCompetencies(users.get(3).username())).isEmpty();
    }

    @Test
    void only_hiring_managers_build_drills_or_read_their_report() {
        List<User> users = people.people(Role.HIRING_MANAGER, Role.INTERVIEWER);
        Actor interviewer = Actor.of(users.get(1));
        long drill = fixture.open(users.get(0), 1, 2, 3).drill().id();

        assertThatThrownBy(() -> drills.create(interviewer, fixture.draft(1, 2, 3))).isInstanceOf(ForbiddenException.class)
                .hasMessage("Only hiring managers may build drills.");
        assertThatThrownBy(() -> drills.report(interviewer, drill)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> drills.close(interviewer, drill)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_drill_opens_only_with_three_to_eight_sample_answers() {
        Actor manager = Actor.of(people.people(Role.HIRING_MANAGER).get(0));
        DrillView two = drills.create(manager, fixture.draft(1, 4));

        assertThatThrownBy(() -> drills.open(manager, two.drill().id())).isInstanceOf(InvalidInputException.class)
                .hasMessage("A drill has 3 to 8 sample answers (this one has 2).");
        assertThat(drills.get(manager, two.drill().id()).drill().state()).isEqualTo(DrillState.DRAFT);
    }

    @Test
    void the_starter_drills_cover_each_leadership_role_with_five_answers_spanning_the_scale() {
        Actor manager = Actor.of(people.people(Role.HIRING_MANAGER).get(0));
        for (String role : List.of("cto", "td", "hoe", "tl")) {
            List<Drill> ofRole = drills.page(manager, 0, DrillService.MAX_PAGE).stream()
                    .filter(d -> d.slug() != null && d.slug().startsWith("drill-" + role + "-")).toList();
            assertThat(ofRole).as(role).hasSizeGreaterThanOrEqualTo(2);
            assertThat(ofRole.stream().map(Drill::competencyId).distinct()).as(role).hasSizeGreaterThanOrEqualTo(2);
            for (Drill drill : ofRole) {
                assertThat(drill.state()).isEqualTo(DrillState.OPEN);
                List<SampleAnswer> samples = drills.get(manager, drill.id()).samples();
                assertThat(samples).hasSize(5);
                assertThat(samples).extracting(SampleAnswer::consensusLevel).contains(1, 2, 3, 4);
            }
        }
    }
}
