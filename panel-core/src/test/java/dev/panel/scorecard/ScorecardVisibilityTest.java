package dev.panel.scorecard;

import dev.panel.user.Actor;
import dev.panel.user.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may read a scorecard: the independence rule of structured interviewing, case by case. */
class ScorecardVisibilityTest {

    static final long ALICE = 1, BOB = 2, HANA = 3, RITA = 4, ADA = 5;
    static final Instant T = Instant.parse("2026-06-01T09:00:00Z");

    static Scorecard byAlice(ScorecardState state) {
        return new Scorecard(10L, 100, 1000, ALICE, state, state == ScorecardState.SUBMITTED ? Recommendation.YES : null,
                List.of(), List.of(), state == ScorecardState.SUBMITTED ? T : null, T, T, 1L);
    }

    static ScorecardVisibility.Reader reader(long id, Set<Role> roles, boolean panelist, boolean submittedOwn, boolean managesRole) {
        return new ScorecardVisibility.Reader(new Actor(id, "user" + id, roles), panelist, submittedOwn, managesRole);
    }

    @Test
    void everyone_sees_their_own_scorecard_draft_or_not() {
        assertThat(ScorecardVisibility.maySee(reader(ALICE, Set.of(Role.INTERVIEWER), true, false, false), byAlice(ScorecardState.DRAFT))).isTrue();
    }

    @Test
    void nobody_sees_another_persons_draft_not_even_an_admin_or_the_hiring_manager() {
        Scorecard draft = byAlice(ScorecardState.DRAFT);
        assertThat(ScorecardVisibility.maySee(reader(ADA, Set.of(Role.ADMIN), false, false, true), draft)).isFalse();
        assertThat(ScorecardVisibility.maySee(reader(HANA, Set.of(Role.HIRING_MANAGER), false, false, true), draft)).isFalse();
        assertThat(ScorecardVisibility.maySee(reader(BOB, Set.of(Role.INTERVIEWER), true, true, false), draft)).isFalse();
    }

    @Test
    void a_panelist_sees_others_only_after_submitting_their_own() {
        Scorecard submitted = byAlice(ScorecardState.SUBMITTED);
        assertThat(ScorecardVisibility.maySee(reader(BOB, Set.of(Role.INTERVIEWER), true, false, false), submitted)).isFalse();
        assertThat(ScorecardVisibility.maySee(reader(BOB, Set.of(Role.INTERVIEWER), true, true, false), submitted)).isTrue();
    }

    @Test
    void a_hiring_manager_who_also_sits_on_the_panel_waits_like_any_panelist() {
        Scorecard submitted = byAlice(ScorecardState.SUBMITTED);
        assertThat(ScorecardVisibility.maySee(reader(HANA, Set.of(Role.HIRING_MANAGER), true, false, true), submitted)).isFalse();
        assertThat(ScorecardVisibility.maySee(reader(HANA, Set.of(Role.HIRING_MANAGER), true, true, true), submitted)).isTrue();
    }

    @Test
    void staff_off_the_panel_see_submitted_scorecards_and_an_outsider_does_not() {
        Scorecard submitted = byAlice(ScorecardState.SUBMITTED);
        assertThat(ScorecardVisibility.maySee(reader(RITA, Set.of(Role.RECRUITER), false, false, false), submitted)).isTrue();
        assertThat(ScorecardVisibility.maySee(reader(HANA, Set.of(Role.HIRING_MANAGER), false, false, true), submitted)).isTrue();
        assertThat(ScorecardVisibility.maySee(reader(HANA, Set.of(Role.HIRING_MANAGER), false, false, false), submitted)).isFalse();
        assertThat(ScorecardVisibility.maySee(reader(ADA, Set.of(Role.ADMIN), false, false, false), submitted)).isTrue();
        assertThat(ScorecardVisibility.maySee(reader(BOB, Set.of(Role.INTERVIEWER), false, false, false), submitted)).isFalse();
    }
}
