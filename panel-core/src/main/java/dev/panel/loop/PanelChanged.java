package dev.panel.loop;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * An interview's time or panel changed: the loop opened with it, someone reassigned it, or the loop was deleted
 * (then {@code panelAfter} is empty and {@code loopDeleted} is set). Published inside the transaction of the change,
 * so that whoever listens writes in the same transaction. {@code change} names the change (with the interview's row
 * version), the same for every listener and every retry of the same request.
 */
public record PanelChanged(String change, long loopId, long candidateId, long interviewId, String stageName, int minutes,
                           @Nullable Instant scheduledBefore, @Nullable Instant scheduledAfter,
                           List<Long> panelBefore, List<Long> panelAfter, boolean loopDeleted) {

    public PanelChanged {
        panelBefore = List.copyOf(panelBefore);
        panelAfter = List.copyOf(panelAfter);
    }

    public boolean timeChanged() {
        return scheduledBefore == null ? scheduledAfter != null : !scheduledBefore.equals(scheduledAfter);
    }
}
