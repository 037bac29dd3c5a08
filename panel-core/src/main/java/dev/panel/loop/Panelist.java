package dev.panel.loop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An interviewer assigned to an interview. */
@MappedEntity("interview_panelist")
record Panelist(@Id @GeneratedValue @Nullable Long id, long interviewId, long loopId, long userId) {
}
