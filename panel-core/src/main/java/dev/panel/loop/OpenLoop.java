package dev.panel.loop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** What it takes to open a loop: a candidate, a published plan and, per stage, its time and interviewers. */
@Serdeable
public record OpenLoop(long candidateId, long planId, List<Assignment> interviews) {

    /** The interview of one stage; {@code stage} is 0-based, as in the plan. */
    @Serdeable
    public record Assignment(int stage, @Nullable Instant scheduledAt, List<Long> interviewerIds) {
    }
}
