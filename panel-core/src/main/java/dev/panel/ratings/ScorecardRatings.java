package dev.panel.ratings;

import dev.panel.common.SqlConditions;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.RubricVersion;
import dev.panel.loop.LoopService;
import dev.panel.scorecard.Rating;
import dev.panel.scorecard.Recommendation;
import dev.panel.scorecard.ScorecardState;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads the ratings of submitted scorecards a page of candidates at a time: first the next candidates in id order
 * (keyset paging), then all their scorecards, so memory holds one page however many there are and rows come
 * ordered by candidate, then by scorecard. (Keyset paging on the pair candidate, scorecard made the database sort
 * everything after the key on every page.) Only submitted scorecards are ever read: drafts stay their author's alone.
 */
@Singleton
class ScorecardRatings {

    /** Candidates a page. */
    static final int DEFAULT_PAGE = 100;
    private static final Argument<List<Rating>> RATINGS = Argument.listOf(Rating.class);
    private static final String SELECT = """
            SELECT s.id, s.loop_id, l.candidate_id, c.name, r.name, i.stage_index, s.interviewer_id, u.display_name,
                   s.recommendation, s.ratings, s.submitted_at
            FROM scorecard s
            JOIN hiring_loop l ON l.id = s.loop_id
            JOIN interview i ON i.id = s.interview_id
            JOIN candidate c ON c.id = l.candidate_id
            JOIN job_role r ON r.id = l.role_id
            JOIN app_user u ON u.id = s.interviewer_id""";
    private static final String CANDIDATES = """
            SELECT DISTINCT l.candidate_id
            FROM scorecard s
            JOIN hiring_loop l ON l.id = s.loop_id""";

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final LoopService loops;
    private final CompetencyService competencies;
    private final int pageSize;

    ScorecardRatings(JdbcOperations jdbc, JsonMapper json, LoopService loops, CompetencyService competencies,
                     @Value("${panel.ratings.page-size:" + DEFAULT_PAGE + "}") int pageSize) {
        this.jdbc = jdbc;
        this.pageSize = pageSize;
        this.json = json;
        this.loops = loops;
        this.competencies = competencies;
    }

    /**
     * Who reads: {@code roleIds}, when given, limits the roles; and a loop on whose panel the reader sits with a
     * scorecard not yet submitted is left out whole, so that no export or statistic shows them the others' ratings
     * of that candidate before they have given their own.
     */
    record Reader(long userId, @Nullable Set<Long> roleIds) {
    }

    /** Candidates a page, as configured. */
    int pageSize() {
        return pageSize;
    }

    /** Hands every rating that passes the filter and that the reader may see to {@code sink}. Returns the count. */
    long each(RatingFilter filter, Reader reader, Consumer<RatingRow> sink) {
        Map<Long, String> competencyNames = competencies.list().stream()
                .collect(Collectors.toMap(v -> v.competency().id(), v -> v.competency().name()));
        Map<Long, RubricVersion> rubrics = new HashMap<>();
        long count = 0;
        long after = Long.MIN_VALUE;
        List<Long> candidates;
        do {
            candidates = candidatePage(filter, reader, after);
            List<Card> page = candidates.isEmpty() ? List.of() : cards(filter, reader, candidates);
            Set<Long> unknownRubrics = new HashSet<>();
            page.forEach(card -> card.ratings().forEach(r -> {
                if (!rubrics.containsKey(r.rubricVersionId())) {
                    unknownRubrics.add(r.rubricVersionId());
                }
            }));
            rubrics.putAll(competencies.rubricVersions(unknownRubrics));
            Map<Long, List<String>> stages = loops.stageNames(page.stream().map(Card::loopId).collect(Collectors.toSet()));
            for (Card card : page) {
                for (Rating rating : card.ratings()) {
                    if (rating.level() != null) {
                        sink.accept(card.row(rating, competencyNames, rubrics.get(rating.rubricVersionId()), stages.get(card.loopId())));
                        count++;
                    }
                }
            }
            after = candidates.isEmpty() ? after : candidates.get(candidates.size() - 1);
        } while (candidates.size() == pageSize);
        return count;
    }

    SqlConditions conditions(RatingFilter filter, Reader reader) {
        SqlConditions where = new SqlConditions()
                .add("s.state = ?", ScorecardState.SUBMITTED.name())
                .when(filter.loopId(), "s.loop_id = ?")
                .when(filter.candidateId(), "l.candidate_id = ?")
                .when(filter.roleId(), "l.role_id = ?")
                .when(filter.start(), "s.submitted_at >= ?")
                .when(filter.end(), "s.submitted_at < ?");
        if (reader.roleIds() != null) {
            where.in("l.role_id", reader.roleIds());
        }
        where.add("NOT EXISTS (SELECT 1 FROM interview_panelist p WHERE p.loop_id = s.loop_id AND p.user_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM scorecard own WHERE own.interview_id = p.interview_id"
                + " AND own.interviewer_id = p.user_id AND own.state = ?))", reader.userId(), ScorecardState.SUBMITTED.name());
        return where;
    }

    /** The next candidates, after {@code after} in id order, with a submitted scorecard that passes the filter. */
    List<Long> candidatePage(RatingFilter filter, Reader reader, long after) {
        SqlConditions where = conditions(filter, reader).add("l.candidate_id > ?", after);
        return jdbc.prepareStatement(CANDIDATES + where.where() + " ORDER BY l.candidate_id LIMIT " + pageSize, statement -> {
            where.bind(statement);
            List<Long> ids = new ArrayList<>(pageSize);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }

    private List<Card> cards(RatingFilter filter, Reader reader, List<Long> candidates) {
        SqlConditions where = conditions(filter, reader).in("l.candidate_id", candidates);
        return jdbc.prepareStatement(SELECT + where.where() + " ORDER BY l.candidate_id, s.id", statement -> {
            where.bind(statement);
            List<Card> cards = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    cards.add(card(rows));
                }
            }
            return cards;
        });
    }

    private Card card(ResultSet rows) throws SQLException {
        String recommendation = rows.getString(9);
        Timestamp submitted = rows.getTimestamp(11);
        try {
            return new Card(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getString(4), rows.getString(5), rows.getInt(6),
                    rows.getLong(7), rows.getString(8), recommendation == null ? null : Recommendation.valueOf(recommendation),
                    json.readValue(rows.getString(10), RATINGS), submitted == null ? null : submitted.toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the ratings of scorecard " + rows.getLong(1), e);
        }
    }

    /** One submitted scorecard with what a rating row needs. */
    private record Card(long id, long loopId, long candidateId, String candidate, String role, int stageIndex, long interviewerId,
                        String interviewer, @Nullable Recommendation recommendation, List<Rating> ratings, @Nullable Instant submittedAt) {

        RatingRow row(Rating rating, Map<Long, String> competencyNames, @Nullable RubricVersion rubric, @Nullable List<String> stages) {
            String stage = stages != null && stageIndex < stages.size() ? stages.get(stageIndex) : null;
            String competency = competencyNames.getOrDefault(rating.competencyId(), "competency " + rating.competencyId());
            return new RatingRow("candidate:" + candidateId, candidate, loopId, role, stage, "user:" + interviewerId, interviewer,
                    competency, rubric == null ? null : rubric.number(), rating.level(), rubric == null ? 4 : rubric.maxLevel(),
                    recommendation, rating.evidence(), submittedAt);
        }
    }
}
