package dev.panel.ratings;

import dev.panel.common.ForbiddenException;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.scorecard.Recommendation;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.scorecard.ScorecardService;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.user.Actor;
import dev.panel.user.NewUser;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
class RatingStreamIT implements DatabaseTest {

    @Inject
    LoopFixture fixture;
    @Inject
    RatingService ratings;
    @Inject
    ScorecardService scorecards;
    @Inject
    UserService users;

    Actor recruiter;

    /** Pages of two scorecards, so that a handful of loops crosses many page boundaries. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(DatabaseTest.super.getProperties());
        properties.put("panel.ratings.page-size", "2");
        return properties;
    }

    @BeforeAll
    void people() {
        recruiter = Actor.of(fixture.people(Role.RECRUITER).get(0));
    }

    private List<RatingRow> read(Actor actor, RatingFilter filter) {
        List<RatingRow> rows = new ArrayList<>();
        long count = ratings.each(actor, filter, rows::add);
        assertThat(count).isEqualTo(rows.size());
        return rows;
    }

    @Test
    void a_loop_yields_one_row_per_rated_competency_of_each_submitted_scorecard_and_nothing_of_a_draft() {
        List<User> panel = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER, Role.INTERVIEWER);
        LoopView loop = fixture.openWithFirstStage(panel);
        long interview = loop.interviews().get(0).interview().id();
        Scorecard first = fixture.submitted(panel.get(0), interview, "Sketched the service boundaries and their owners.");
        Scorecard second = fixture.submitted(panel.get(1), interview, "Chose a queue over a cron job, with the failure modes.");
        Actor drafting = Actor.of(panel.get(2));
        Scorecard draft = scorecards.mine(drafting, interview);
        scorecards.saveMine(drafting, draft.interviewId(), draft.version(), LoopFixture.complete(loop.interviews().get(0).stage(), "A draft, not yet shared"));

        List<RatingRow> rows = read(recruiter, RatingFilter.loop(loop.loop().id()));

        var stage = loop.interviews().get(0).stage();
        assertThat(rows).hasSize(2 * stage.focus().size());
        assertThat(rows).extracting(RatingRow::evidence).doesNotContain("A draft, not yet shared");
        assertThat(rows).extracting(RatingRow::interviewerKey).containsOnly("user:" + panel.get(0).id(), "user:" + panel.get(1).id());
        RatingRow row = rows.get(0);
        assertThat(row.candidateKey()).isEqualTo("candidate:" + loop.loop().candidateId());
        assertThat(row.loopId()).isEqualTo(loop.loop().id());
        assertThat(row.role()).isEqualTo("Technical Lead");
        assertThat(row.stage()).isEqualTo(stage.name());
        assertThat(row.interviewer()).isEqualTo(panel.get(0).displayName());
        assertThat(row.competency()).isEqualTo(stage.focus().get(0).name());
        assertThat(row.value()).isEqualTo(3);
        assertThat(row.scaleMax()).isEqualTo(4);
        assertThat(row.rubricVersion()).isNotNull().isPositive();
        assertThat(row.recommendation()).isEqualTo(Recommendation.YES);
        assertThat(row.evidence()).isEqualTo("Sketched the service boundaries and their owners.");
        assertThat(Duration.between(row.submittedAt(), first.submittedAt()).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(rows.get(rows.size() - 1).evidence()).isEqualTo("Chose a queue over a cron job, with the failure modes.");
        assertThat(second.id()).isGreaterThan(first.id());
    }

    @Test
    void filters_by_candidate_and_by_dates_read_across_pages_in_candidate_order() {
        List<User> panel = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER);
        List<LoopView> loops = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            LoopView loop = fixture.openWithFirstStage(panel);
            long interview = loop.interviews().get(0).interview().id();
            fixture.submitted(panel.get(0), interview, "Loop " + i + " first panelist");
            fixture.submitted(panel.get(1), interview, "Loop " + i + " second panelist");
            loops.add(loop);
        }
        int perCard = loops.get(0).interviews().get(0).stage().focus().size();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        LoopView middle = loops.get(1);
        List<RatingRow> ofOne = read(recruiter, new RatingFilter(null, middle.loop().candidateId(), null, null, null, null));
        assertThat(ofOne).hasSize(2 * perCard).extracting(RatingRow::evidence)
                .containsOnly("Loop 1 first panelist", "Loop 1 second panelist");

        List<RatingRow> recent = read(recruiter, new RatingFilter(null, null, middle.loop().roleId(), today, today, null));
        for (LoopView loop : loops) {
            assertThat(recent).filteredOn(r -> loop.loop().id().equals(r.loopId())).hasSize(2 * perCard);
        }
        List<String> candidates = recent.stream().map(RatingRow::candidateKey).distinct().toList();
        assertThat(candidates).isSortedAccordingTo((a, b) -> Long.compare(Long.parseLong(a.substring(10)), Long.parseLong(b.substring(10))));

        List<RatingRow> before = read(recruiter, new RatingFilter(middle.loop().id(), null, null, null, today.minusDays(1), null));
        assertThat(before).isEmpty();
    }

    @Test
    void interviewers_may_not_read_ratings_across_candidates() {
        Actor interviewer = Actor.of(fixture.people(Role.INTERVIEWER).get(0));

        assertThatThrownBy(() -> ratings.each(interviewer, RatingFilter.everything(), row -> { }))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("hiring managers may read ratings");
    }

    @Test
    void an_amended_scorecard_is_read_as_amended() {
        List<User> panel = fixture.people(Role.INTERVIEWER);
        LoopView loop = fixture.open(List.of(new OpenLoop.Assignment(0, null, List.of(panel.get(0).id()))));
        long interview = loop.interviews().get(0).interview().id();
        Scorecard submitted = fixture.submitted(panel.get(0), interview, "First reading");
        ScorecardContent amended = LoopFixture.complete(loop.interviews().get(0).stage(), "Second reading after the recording");
        scorecards.amend(Actor.of(panel.get(0)), submitted.id(), "Watched the recording again", amended);

        assertThat(read(recruiter, RatingFilter.loop(loop.loop().id()))).extracting(RatingRow::evidence)
                .containsOnly("Second reading after the recording");
    }

    @Test
    void a_panelist_who_may_read_ratings_reads_none_of_the_loop_s_until_their_own_scorecard_is_in() {
        // A hiring manager who also recruits: they sit on panels and may read every role's ratings.
        User manager = users.create(new NewUser(Names.unique("hm-recruiter"), "Hana Both", LoopFixture.PASSWORD,
                Set.of(Role.HIRING_MANAGER, Role.RECRUITER)));
        User other = fixture.people(Role.INTERVIEWER).get(0);
        LoopView loop = fixture.openWithFirstStage(List.of(manager, other));
        long interview = loop.interviews().get(0).interview().id();
        fixture.submitted(other, interview, "The other panelist's evidence, not for a panelist who has not scored.");
        Actor asManager = Actor.of(manager);

        assertThat(read(asManager, RatingFilter.loop(loop.loop().id()))).isEmpty();
        assertThat(read(asManager, new RatingFilter(null, loop.loop().candidateId(), null, null, null, null))).isEmpty();
        assertThat(read(recruiter, RatingFilter.loop(loop.loop().id()))).isNotEmpty();

        fixture.submitted(manager, interview, "The manager's own evidence.");

        assertThat(read(asManager, RatingFilter.loop(loop.loop().id()))).extracting(RatingRow::evidence)
                .contains("The other panelist's evidence, not for a panelist who has not scored.", "The manager's own evidence.");
    }
}
