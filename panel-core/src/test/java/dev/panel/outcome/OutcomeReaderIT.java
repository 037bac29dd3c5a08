package dev.panel.outcome;

import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopView;
import dev.panel.ratings.RatingFilter;
import dev.panel.ratings.RatingRow;
import dev.panel.ratings.RatingService;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.HireFixture;
import dev.panel.testing.LoopFixture;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
class OutcomeReaderIT implements DatabaseTest {

    @Inject
    OutcomeReader reader;
    @Inject
    OutcomeService outcomes;
    @Inject
    CheckpointService checkpoints;
    @Inject
    RatingService ratings;
    @Inject
    HireFixture hires;
    @Inject
    LoopFixture fixture;

    User interviewer;
    Actor manager;
    Actor recruiter;
    LoopView hire;
    FrozenPlan.Focus focus;

    @BeforeAll
    void aHireWithOutcomes() {
        List<User> people = fixture.people(Role.INTERVIEWER, Role.HIRING_MANAGER, Role.RECRUITER);
        interviewer = people.get(0);
        manager = Actor.of(people.get(1));
        recruiter = Actor.of(people.get(2));
        hire = hires.hired(interviewer, manager);
        focus = hire.loop().planSnapshot().stages().get(0).focus().get(0);
        long review = checkpoints.list(recruiter).stream().filter(c -> c.name().equals("90-day review")).findFirst().orElseThrow().id();
        outcomes.record(recruiter, hire.loop().candidateId(), new RecordOutcome(null, review, null, 4, true, null));
        outcomes.record(recruiter, hire.loop().candidateId(), new RecordOutcome(null, review, focus.competencyId(), 3, null, null));
    }

    private List<OutcomeRow> read(Actor actor, RatingFilter filter) {
        List<OutcomeRow> rows = new ArrayList<>();
        reader.each(actor, filter, rows::add);
        return rows;
    }

    private RatingFilter candidate() {
        return new RatingFilter(null, hire.loop().candidateId(), null, null, null, null);
    }

    @Test
    void outcome_rows_carry_the_candidate_key_and_competency_names_of_the_candidates_rating_rows() {
        List<RatingRow> rated = new ArrayList<>();
        ratings.each(recruiter, candidate(), rated::add);

        List<OutcomeRow> rows = read(recruiter, candidate());

        assertThat(rated).isNotEmpty();
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(OutcomeRow::candidateKey).containsOnly(rated.get(0).candidateKey());
        Set<String> ratedCompetencies = rated.stream().map(RatingRow::competency).collect(Collectors.toSet());
        assertThat(rows).filteredOn(r -> r.competency() != null).singleElement().satisfies(r -> {
            assertThat(ratedCompetencies).contains(r.competency());
            assertThat(r.value()).isEqualTo(3);
        });
        assertThat(rows).filteredOn(r -> r.competency() == null).singleElement().satisfies(r -> {
            assertThat(r.role()).isEqualTo(rated.get(0).role());
            assertThat(r.checkpoint()).isEqualTo("90-day review");
            assertThat(r.value()).isEqualTo(4);
            assertThat(r.scaleMax()).isEqualTo(5);
            assertThat(r.stillEmployed()).isTrue();
        });
    }

    @Test
    void the_role_filter_and_the_hiring_managers_scope_select_the_same_candidates_as_the_ratings() {
        RatingFilter role = new RatingFilter(null, null, hire.loop().roleId(), null, null, null);

        assertThat(read(manager, role)).extracting(OutcomeRow::candidateKey).contains("candidate:" + hire.loop().candidateId());
        assertThat(read(recruiter, new RatingFilter(null, null, hire.loop().roleId() + 100000, null, null, null))).isEmpty();
    }

    @Test
    void an_interviewer_reads_no_outcomes_not_even_of_a_candidate_they_interviewed() {
        assertThat(read(recruiter, candidate())).isNotEmpty();
        assertThat(read(Actor.of(interviewer), candidate())).isEmpty();
        assertThat(read(Actor.of(interviewer), RatingFilter.everything())).isEmpty();
    }

    @Test
    void an_imported_dataset_has_no_outcomes() {
        assertThat(read(recruiter, RatingFilter.everything())).isNotEmpty();
        assertThat(read(recruiter, RatingFilter.dataset("any dataset"))).isEmpty();
    }

    @Test
    void a_period_selects_candidates_with_a_scorecard_submitted_in_it() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);

        assertThat(read(recruiter, new RatingFilter(null, hire.loop().candidateId(), null, today.minusDays(1), today.plusDays(1), null))).hasSize(2);
        assertThat(read(recruiter, new RatingFilter(null, hire.loop().candidateId(), null, today.minusYears(2), today.minusYears(1), null))).isEmpty();
    }
}
