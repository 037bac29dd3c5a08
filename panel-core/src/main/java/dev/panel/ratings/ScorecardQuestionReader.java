package dev.panel.ratings;

import dev.panel.competency.CompetencyService;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopService;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.scorecard.Note;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads submitted scorecards with the questions of their stage, a page of candidates at a time, under exactly the
 * conditions {@link ScorecardRatings} reads ratings under (the same filter, roles and blind-scoring rule), so that
 * the question analytics see the scorecards whose ratings the calibration sees, and no others.
 */
@Singleton
class ScorecardQuestionReader {

    private static final Argument<List<Note>> NOTES = Argument.listOf(Note.class);
    private static final String SELECT = """
            SELECT s.loop_id, l.candidate_id, r.name, i.stage_index, s.interviewer_id, s.notes, s.submitted_at
            FROM scorecard s
            JOIN hiring_loop l ON l.id = s.loop_id
            JOIN interview i ON i.id = s.interview_id
            JOIN job_role r ON r.id = l.role_id""";

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final ScorecardRatings ratings;
    private final LoopService loops;
    private final QuestionService questions;
    private final CompetencyService competencies;

    ScorecardQuestionReader(JdbcOperations jdbc, JsonMapper json, ScorecardRatings ratings, LoopService loops, QuestionService questions,
                            CompetencyService competencies) {
        this.jdbc = jdbc;
        this.json = json;
        this.ratings = ratings;
        this.loops = loops;
        this.questions = questions;
        this.competencies = competencies;
    }

    void each(RatingFilter filter, ScorecardRatings.Reader reader, Consumer<ScorecardQuestions> sink) {
        Map<Long, String> competencyNames = competencies.list().stream()
                .collect(Collectors.toMap(v -> v.competency().id(), v -> v.competency().name()));
        Map<Long, QuestionView> bank = new HashMap<>();
        Map<List<String>, List<String>> focusLists = new HashMap<>();
        long after = Long.MIN_VALUE;
        List<Long> candidates;
        do {
            candidates = ratings.candidatePage(filter, reader, after);
            List<Card> page = candidates.isEmpty() ? List.of() : cards(filter, reader, candidates);
            Map<Long, FrozenPlan> plans = loops.frozenPlans(page.stream().map(Card::loopId).collect(Collectors.toSet()));
            Set<Long> unknown = new HashSet<>();
            plans.values().forEach(p -> p.stages().forEach(s -> s.questionIds().stream().filter(q -> !bank.containsKey(q)).forEach(unknown::add)));
            bank.putAll(questions.byIds(unknown));
            for (Card card : page) {
                FrozenPlan plan = plans.get(card.loopId());
                FrozenPlan.Stage stage = plan == null ? null : plan.stage(card.stageIndex()).orElse(null);
                if (stage != null) {
                    sink.accept(card.questions(stage, bank, competencyNames, focusLists));
                }
            }
            after = candidates.isEmpty() ? after : candidates.get(candidates.size() - 1);
        } while (candidates.size() == ratings.pageSize());
    }

    private List<Card> cards(RatingFilter filter, ScorecardRatings.Reader reader, List<Long> candidates) {
        var where = ratings.conditions(filter, reader).in("l.candidate_id", candidates);
        return jdbc.prepareStatement(SELECT + where.where() + " ORDER BY l.candidate_id, s.id", statement -> {
            where.bind(statement);
            List<Card> cards = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Timestamp submitted = rows.getTimestamp(7);
                    String notes = rows.getString(6);
                    cards.add(new Card(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getInt(4), rows.getLong(5),
                            notes == null ? List.of() : read(notes), submitted == null ? null : submitted.toInstant()));
                }
            }
            return cards;
        });
    }

    private List<Note> read(String notes) {
        try {
            return json.readValue(notes, NOTES);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read a scorecard's notes", e);
        }
    }

    private record Card(long loopId, long candidateId, String role, int stageIndex, long interviewerId, List<Note> notes,
                        @Nullable java.time.Instant submittedAt) {

        /** The scorecard with its stage's questions; equal focus lists are shared ({@code focusLists}), as there are few. */
        ScorecardQuestions questions(FrozenPlan.Stage stage, Map<Long, QuestionView> bank, Map<Long, String> competencyNames,
                                     Map<List<String>, List<String>> focusLists) {
            Map<Long, Note> byQuestion = new HashMap<>();
            notes.forEach(n -> byQuestion.put(n.questionId(), n));
            Set<Long> focus = stage.focus().stream().map(FrozenPlan.Focus::competencyId).collect(Collectors.toSet());
            List<ScorecardQuestions.Asked> asked = new ArrayList<>();
            for (long id : stage.questionIds()) {
                QuestionView question = bank.get(id);
                if (question == null) {
                    continue; // deleted from the bank since the loop opened
                }
                Note note = byQuestion.get(id);
                List<String> rated = focusLists.computeIfAbsent(question.competencyIds().stream().filter(focus::contains)
                        .map(c -> competencyNames.getOrDefault(c, "competency " + c)).toList(), list -> list);
                asked.add(new ScorecardQuestions.Asked(id, question.question().text(), question.question().minutes(),
                        note != null && note.text() != null && !note.text().isBlank(), note == null ? null : note.seconds(), rated));
            }
            return new ScorecardQuestions("candidate:" + candidateId, "user:" + interviewerId, role, stage.name(), submittedAt, List.copyOf(asked));
        }
    }
}
