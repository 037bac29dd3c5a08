package dev.panel.scorecard;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** When a missing scorecard counts as overdue, which is what a recruiter chases. */
class ScorecardStatusTest {

    static final Instant NINE = Instant.parse("2026-06-01T09:00:00Z");

    @Test
    void a_scorecard_is_due_a_day_after_its_interview_ends() {
        assertThat(ScorecardStatus.dueAt(NINE, 45)).isEqualTo(Instant.parse("2026-06-02T09:45:00Z"));
    }

    @Test
    void a_missing_scorecard_is_overdue_only_once_the_due_time_has_passed() {
        ScorecardStatus draft = new ScorecardStatus(1, 2, ScorecardState.DRAFT, null, ScorecardStatus.dueAt(NINE, 45));
        assertThat(draft.isOverdue(Instant.parse("2026-06-02T09:45:00Z"))).isFalse();
        assertThat(draft.isOverdue(Instant.parse("2026-06-02T09:46:00Z"))).isTrue();
    }

    @Test
    void a_submitted_scorecard_or_an_unscheduled_interview_is_never_overdue() {
        Instant muchLater = Instant.parse("2027-01-01T00:00:00Z");
        assertThat(new ScorecardStatus(1, 2, ScorecardState.SUBMITTED, NINE, ScorecardStatus.dueAt(NINE, 45)).isOverdue(muchLater)).isFalse();
        assertThat(new ScorecardStatus(1, 2, null, null, ScorecardStatus.dueAt(null, 45)).isOverdue(muchLater)).isFalse();
    }
}
