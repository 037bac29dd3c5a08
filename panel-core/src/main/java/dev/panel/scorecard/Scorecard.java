package dev.panel.scorecard;

import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import dev.panel.loop.FrozenPlan;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One interviewer's scorecard for one interview. */
@Serdeable
@MappedEntity("scorecard")
public record Scorecard(
        @Id @GeneratedValue @Nullable Long id,
        long interviewId,
        long loopId,
        long interviewerId,
        ScorecardState state,
        @Nullable Recommendation recommendation,
        @MappedProperty(converter = NotesConverter.class) List<Note> notes,
        @MappedProperty(converter = RatingsConverter.class) List<Rating> ratings,
        @Nullable Instant submittedAt,
        Instant createdAt,
        Instant updatedAt,
        @Version @Nullable Long version) {

    public static final int NOTE_LIMIT = 100_000;
    public static final int EVIDENCE_LIMIT = 20_000;
    /** A question's timer beyond a working day was left running, not used. */
    public static final int MAX_QUESTION_SECONDS = 8 * 3600;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** An empty draft with one unrated line per focus competency of the stage. */
    public static Scorecard draftFor(long interviewId, long loopId, long interviewerId, FrozenPlan.Stage stage, Instant now) {
        List<Rating> ratings = stage.focus().stream().map(f -> new Rating(f.competencyId(), f.rubricVersionId(), null, "")).toList();
        return new Scorecard(null, interviewId, loopId, interviewerId, ScorecardState.DRAFT, null, List.of(), ratings, null, now, now, null);
    }

    public boolean isSubmitted() {
        return state == ScorecardState.SUBMITTED;
    }

    public ScorecardContent content() {
        return new ScorecardContent(notes, ratings, recommendation);
    }

    /** The draft with what the interviewer has written so far. */
    public Scorecard withDraft(ScorecardContent content, FrozenPlan.Stage stage, Map<Long, Integer> scaleMaxima, Instant now) {
        if (isSubmitted()) {
            throw new ConflictException("This scorecard was submitted on " + WHEN.format(submittedAt)
                    + " and can no longer be edited. To change it, amend it with a reason.");
        }
        return withContent(content, stage, scaleMaxima, now);
    }

    /** Submits the draft if every focus competency has a rating with evidence and there is a recommendation. */
    public Scorecard submit(Map<Long, String> competencyNames, Instant now) {
        if (isSubmitted()) {
            return this;
        }
        List<String> missing = content().missingForSubmission(competencyNames);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("Before submitting, add " + String.join(", ", missing) + ".");
        }
        return new Scorecard(id, interviewId, loopId, interviewerId, ScorecardState.SUBMITTED, recommendation, notes, ratings, now, createdAt, now, version);
    }

    /** A submitted scorecard with changed content; the caller keeps the previous content as an amendment. */
    public Scorecard amended(ScorecardContent content, FrozenPlan.Stage stage, Map<Long, Integer> scaleMaxima, Map<Long, String> names, Instant now) {
        if (!isSubmitted()) {
            throw new ConflictException("Only a submitted scorecard is amended; a draft can simply be edited.");
        }
        Scorecard changed = withContent(content, stage, scaleMaxima, now);
        Scorecard asDraft = new Scorecard(id, interviewId, loopId, interviewerId, ScorecardState.DRAFT, changed.recommendation,
                changed.notes, changed.ratings, null, createdAt, now, version);
        Scorecard checked = asDraft.submit(names, now);
        return new Scorecard(id, interviewId, loopId, interviewerId, ScorecardState.SUBMITTED, checked.recommendation,
                checked.notes, checked.ratings, submittedAt, createdAt, now, version);
    }

    private Scorecard withContent(ScorecardContent content, FrozenPlan.Stage stage, Map<Long, Integer> scaleMaxima, Instant now) {
        Set<Long> questions = new HashSet<>(stage.questionIds());
        Map<Long, Note> notesByQuestion = new HashMap<>();
        for (Note note : content.notes()) {
            if (!questions.contains(note.questionId())) {
                throw new InvalidInputException("Question " + note.questionId() + " is not part of this interview.");
            }
            if (note.text() != null && note.text().length() > NOTE_LIMIT) {
                throw new InvalidInputException("Notes on one question can be at most " + NOTE_LIMIT + " characters.");
            }
            if (note.seconds() != null && note.seconds() > MAX_QUESTION_SECONDS) {
                throw new InvalidInputException("A question's timer can have run at most " + MAX_QUESTION_SECONDS / 3600 + " hours.");
            }
            notesByQuestion.put(note.questionId(), new Note(note.questionId(), note.text() == null ? "" : note.text(), note.seconds()));
        }
        Map<Long, Rating> given = new HashMap<>();
        content.ratings().forEach(r -> given.put(r.competencyId(), r));
        Set<Long> focus = new HashSet<>();
        List<Rating> merged = new ArrayList<>();
        for (FrozenPlan.Focus f : stage.focus()) {
            focus.add(f.competencyId());
            Rating rating = given.get(f.competencyId());
            Integer level = rating == null ? null : rating.level();
            int max = scaleMaxima.getOrDefault(f.rubricVersionId(), 4);
            if (level != null && (level < 1 || level > max)) {
                throw new InvalidInputException("A rating of " + f.name() + " is between 1 and " + max + "; " + level + " is not.");
            }
            String evidence = rating == null || rating.evidence() == null ? "" : rating.evidence();
            if (evidence.length() > EVIDENCE_LIMIT) {
                throw new InvalidInputException("The evidence for " + f.name() + " can be at most " + EVIDENCE_LIMIT + " characters.");
            }
            merged.add(new Rating(f.competencyId(), f.rubricVersionId(), level, evidence));
        }
        given.keySet().stream().filter(c -> !focus.contains(c)).findFirst().ifPresent(c -> {
            throw new InvalidInputException("Competency " + c + " is not a focus of this interview.");
        });
        List<Note> orderedNotes = stage.questionIds().stream().filter(notesByQuestion::containsKey)
                .map(notesByQuestion::get).toList();
        return new Scorecard(id, interviewId, loopId, interviewerId, state, content.recommendation(), orderedNotes, merged,
                submittedAt, createdAt, now, version);
    }
}
