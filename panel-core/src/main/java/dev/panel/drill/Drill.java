package dev.panel.drill;

import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A calibration drill for one competency, rated against the rubric version that was current when it was
 * created (frozen, like a loop's plan), optionally tied to the question the sample answers respond to.
 */
@Serdeable
@MappedEntity("drill")
public record Drill(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable String slug,
        String title,
        String prompt,
        long competencyId,
        @Nullable Long questionId,
        long rubricVersionId,
        DrillState state,
        String createdBy,
        Instant createdAt,
        @Nullable Instant openedAt,
        @Nullable Instant closedAt,
        @Version @Nullable Long version) {

    public static final int MIN_SAMPLES = 3;
    public static final int MAX_SAMPLES = 8;

    public boolean isOpen() {
        return state == DrillState.OPEN;
    }

    public boolean isClosed() {
        return state == DrillState.CLOSED;
    }

    Drill withText(String newTitle, String newPrompt, @Nullable Long newQuestionId) {
        requireDraft("edit it");
        return new Drill(id, slug, newTitle, newPrompt, competencyId, newQuestionId, rubricVersionId, state, createdBy, createdAt,
                openedAt, closedAt, version);
    }

    /** Opens the drill to interviewers; it needs {@link #MIN_SAMPLES} to {@link #MAX_SAMPLES} sample answers. */
    Drill opened(int samples, Instant now) {
        requireDraft("open it");
        checkSampleCount(samples);
        return new Drill(id, slug, title, prompt, competencyId, questionId, rubricVersionId, DrillState.OPEN, createdBy, createdAt,
                now, null, version);
    }

    Drill closed(Instant now) {
        if (state != DrillState.OPEN) {
            throw new ConflictException("Only an open drill can be closed; this one is " + state.label().toLowerCase() + ".");
        }
        return new Drill(id, slug, title, prompt, competencyId, questionId, rubricVersionId, DrillState.CLOSED, createdBy, createdAt,
                openedAt, now, version);
    }

    void requireDraft(String what) {
        if (state != DrillState.DRAFT) {
            throw new ConflictException("This drill is " + state.label().toLowerCase() + "; only a draft drill can change, so you cannot "
                    + what + " now.");
        }
    }

    void requireOpen(String what) {
        if (state != DrillState.OPEN) {
            throw new ConflictException("This drill is " + state.label().toLowerCase() + ", so you cannot " + what + ".");
        }
    }

    static void checkSampleCount(int samples) {
        if (samples < MIN_SAMPLES || samples > MAX_SAMPLES) {
            throw new InvalidInputException("A drill has " + MIN_SAMPLES + " to " + MAX_SAMPLES + " sample answers (this one has "
                    + samples + ").");
        }
    }
}
