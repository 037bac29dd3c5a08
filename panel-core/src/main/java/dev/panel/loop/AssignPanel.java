package dev.panel.loop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A new time and panel for one interview of a running loop; {@code version} is the interview's version the form was
 * read at (when given, a change someone saved since is not overwritten: the assignment is refused with a 409).
 */
@Serdeable
public record AssignPanel(@Nullable Instant scheduledAt, @Nullable List<Long> interviewerIds, @Nullable Long version) {

    public AssignPanel {
        interviewerIds = interviewerIds == null ? List.of() : List.copyOf(interviewerIds);
    }

    public AssignPanel(Instant scheduledAt, List<Long> interviewerIds) {
        this(scheduledAt, interviewerIds, null);
    }
}
