package dev.panel.loop;

import dev.panel.plan.PlanStage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What is odd about a loop about to be opened, though allowed: an interview at a time already past (it would be
 * overdue at once) and a panel with fewer interviewers than its stage asks for. A stage left with no time or no panel
 * is not a concern: both are set later, until scoring starts. The person opening it is asked to confirm each.
 */
public final class OpeningConcerns {

    private OpeningConcerns() {
    }

    /** One sentence per concern, in stage order; {@code time} writes an instant as the reader reads it. */
    public static List<String> of(List<PlanStage> stages, List<OpenLoop.Assignment> assignments, Instant now,
                                  Function<Instant, String> time) {
        List<String> concerns = new ArrayList<>();
        for (OpenLoop.Assignment assignment : assignments) {
            if (assignment.stage() < 0 || assignment.stage() >= stages.size()) {
                continue;
            }
            PlanStage stage = stages.get(assignment.stage());
            String name = stage.name() + " (stage " + (assignment.stage() + 1) + ")";
            if (assignment.scheduledAt() != null && assignment.scheduledAt().isBefore(now)) {
                concerns.add(name + ": the time, " + time.apply(assignment.scheduledAt())
                        + ", is in the past, so its scorecards would be due or overdue at once.");
            }
            int picked = assignment.interviewerIds() == null ? 0 : (int) assignment.interviewerIds().stream().distinct().count();
            if (picked > 0 && picked < stage.interviewers()) {
                concerns.add(name + ": " + picked + " of the " + stage.interviewers() + " interviewers it asks for "
                        + (picked == 1 ? "is" : "are") + " picked.");
            }
        }
        return concerns;
    }
}
