package dev.panel.loop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A new time and panel for one interview of a running loop. */
@Serdeable
public record AssignPanel(@Nullable Instant scheduledAt, @Nullable List<Long> interviewerIds) {

    public AssignPanel {
        interviewerIds = interviewerIds == null ? List.of() : List.copyOf(interviewerIds);
    }
}
