package dev.panel.loop;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A loop with its interviews. */
@Serdeable
public record LoopView(HiringLoop loop, List<InterviewView> interviews) {

    public boolean hasPanelist(long userId) {
        return interviews.stream().anyMatch(i -> i.panelistIds().contains(userId));
    }

    /** Every (interview, interviewer) pair that owes a scorecard. */
    public int expectedScorecards() {
        return interviews.stream().mapToInt(i -> i.panelistIds().size()).sum();
    }
}
