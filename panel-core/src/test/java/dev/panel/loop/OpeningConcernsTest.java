package dev.panel.loop;

import dev.panel.plan.PlanStage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningConcernsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final List<PlanStage> STAGES = List.of(
            new PlanStage("Architecture", 60, 2, List.of(), List.of()),
            new PlanStage("Leadership", 45, 1, List.of(), List.of()));

    @Test
    void a_time_in_the_past_and_a_short_panel_are_each_named_with_their_stage() {
        List<String> concerns = OpeningConcerns.of(STAGES, List.of(
                new OpenLoop.Assignment(0, Instant.parse("2026-12-01T10:00:00Z"), List.of(7L)),
                new OpenLoop.Assignment(1, Instant.parse("2026-12-02T10:00:00Z"), List.of(8L))), NOW, Instant::toString);

        assertThat(concerns).containsExactly(
                "Architecture (stage 1): the time, 2026-12-01T10:00:00Z, is in the past, so its scorecards would be due or overdue at once.",
                "Architecture (stage 1): 1 of the 2 interviewers it asks for is picked.",
                "Leadership (stage 2): the time, 2026-12-02T10:00:00Z, is in the past, so its scorecards would be due or overdue at once.");
    }

    @Test
    void a_future_time_a_full_panel_and_stages_left_to_set_later_raise_nothing() {
        assertThat(OpeningConcerns.of(STAGES, List.of(
                new OpenLoop.Assignment(0, NOW.plusSeconds(3600), List.of(7L, 8L)),
                new OpenLoop.Assignment(1, null, List.of())), NOW, Instant::toString)).isEmpty();
    }

    @Test
    void the_same_interviewer_picked_twice_counts_once() {
        assertThat(OpeningConcerns.of(STAGES, List.of(new OpenLoop.Assignment(0, null, List.of(7L, 7L))), NOW, Instant::toString))
                .containsExactly("Architecture (stage 1): 1 of the 2 interviewers it asks for is picked.");
    }
}
