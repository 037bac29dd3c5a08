package dev.panel.outcome;

import dev.panel.common.SqlConditions;
import dev.panel.common.TransactionRetry;
import dev.panel.decision.Outcome;
import dev.panel.loop.LoopService;
import dev.panel.ratings.RatingFilter;
import dev.panel.role.RoleService;
import dev.panel.scorecard.ScorecardState;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The outcomes the predictive-validity statistics read: those of the hired candidates whose ratings the same
 * filter gives the caller. Interviewers, who never see outcomes, get none. One query for all of them, read as it
 * comes; the candidate key and competency names are built as {@code RatingService} builds those of its rows.
 */
@Singleton
@TransactionRetry
public class OutcomeReader {

    private static final String SELECT = """
            SELECT l.candidate_id, r.name, cp.name, comp.name, o.level, cp.scale_max, o.still_employed, o.recorded_at
            FROM candidate_outcome o
            JOIN hiring_loop l ON l.id = o.loop_id
            JOIN decision d ON d.loop_id = o.loop_id
            JOIN job_role r ON r.id = l.role_id
            JOIN outcome_checkpoint cp ON cp.id = o.checkpoint_id
            LEFT JOIN competency comp ON comp.id = o.competency_id""";

    private final JdbcOperations jdbc;
    private final LoopService loops;
    private final RoleService roles;

    OutcomeReader(JdbcOperations jdbc, LoopService loops, RoleService roles) {
        this.jdbc = jdbc;
        this.loops = loops;
        this.roles = roles;
    }

    /** Each outcome the actor may read among the candidates {@code filter} selects (an imported dataset has none). */
    @ReadOnly
    public void each(Actor actor, RatingFilter filter, Consumer<OutcomeRow> each) {
        if (filter.dataset() != null || !(actor.mayActAs(Role.RECRUITER) || actor.mayActAs(Role.HIRING_MANAGER))) {
            return;
        }
        SqlConditions where = conditions(actor, filter);
        jdbc.prepareStatement(SELECT + where.where() + " ORDER BY l.candidate_id, cp.position, o.competency_id", statement -> {
            where.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int level = rows.getInt(5);
                    Integer value = rows.wasNull() ? null : level;
                    boolean employed = rows.getBoolean(7);
                    Boolean stillEmployed = rows.wasNull() ? null : employed;
                    Timestamp at = rows.getTimestamp(8);
                    each.accept(new OutcomeRow("candidate:" + rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            value, rows.getInt(6), stillEmployed, at.toInstant()));
                }
            }
            return null;
        });
    }

    /**
     * Hired loops in the filter's scope that the actor may read as staff, with no loop on whose panel the actor sits
     * without having submitted (as the ratings leave such loops out).
     */
    private SqlConditions conditions(Actor actor, RatingFilter filter) {
        SqlConditions where = new SqlConditions()
                .add("d.outcome = ?", Outcome.HIRE.name())
                .when(filter.loopId(), "o.loop_id = ?")
                .when(filter.candidateId(), "l.candidate_id = ?")
                .when(filter.roleId(), "l.role_id = ?");
        if (!actor.mayActAs(Role.RECRUITER)) {
            List<Long> managed = roles.list().stream().map(v -> v.role().id()).filter(id -> loops.managesRole(actor, id)).toList();
            where.in("l.role_id", managed);
        }
        if (filter.start() != null || filter.end() != null) {
            // Candidates with a scorecard submitted in the period, as the ratings select them.
            List<Object> values = new ArrayList<>(List.of(ScorecardState.SUBMITTED.name()));
            String period = "";
            if (filter.start() != null) {
                period += " AND ps.submitted_at >= ?";
                values.add(filter.start());
            }
            if (filter.end() != null) {
                period += " AND ps.submitted_at < ?";
                values.add(filter.end());
            }
            where.add("EXISTS (SELECT 1 FROM scorecard ps JOIN hiring_loop pl ON pl.id = ps.loop_id WHERE pl.candidate_id = l.candidate_id"
                    + " AND ps.state = ?" + period + ")", values.toArray());
        }
        where.add("NOT EXISTS (SELECT 1 FROM interview_panelist p WHERE p.loop_id = o.loop_id AND p.user_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM scorecard own WHERE own.interview_id = p.interview_id"
                + " AND own.interviewer_id = p.user_id AND own.state = ?))", actor.id(), ScorecardState.SUBMITTED.name());
        return where;
    }
}
