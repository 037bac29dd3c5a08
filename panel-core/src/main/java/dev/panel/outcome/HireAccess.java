package dev.panel.outcome;

import dev.panel.candidate.CandidateService;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.decision.Outcome;
import dev.panel.loop.HiringLoop;
import dev.panel.loop.LoopService;
import dev.panel.scorecard.ScorecardService;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may see and record a candidate's outcomes, and through which loop: recruiters and admins for every candidate,
 * a hiring manager for the roles they manage; never an interviewer, nor anyone on the candidate's panel who has not
 * submitted their own scorecard. Outcomes belong to loops decided "hire".
 */
@Singleton
class HireAccess {

    private static final String HIRED_LOOPS = "SELECT l.id FROM hiring_loop l JOIN decision d ON d.loop_id = l.id"
            + " WHERE l.candidate_id = ? AND d.outcome = ? ORDER BY l.id";

    private final JdbcOperations jdbc;
    private final CandidateService candidates;
    private final LoopService loops;
    private final ScorecardService scorecards;

    HireAccess(JdbcOperations jdbc, CandidateService candidates, LoopService loops, ScorecardService scorecards) {
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.loops = loops;
        this.scorecards = scorecards;
    }

    /** Refuses (403) whoever may read no one's outcomes. */
    static void requireReader(Actor actor) {
        actor.require("see or record hires' later outcomes", Role.RECRUITER, Role.HIRING_MANAGER);
    }

    /** The candidate's hired loops the actor may read outcomes of; 404 for a candidate they may not see. */
    List<HiringLoop> hires(Actor actor, long candidateId) {
        requireReader(actor);
        candidates.get(candidateId);
        loops.requireSomeVisibleLoopOf(actor, candidateId);
        List<Long> hiredIds = hiredLoopIds(candidateId);
        List<HiringLoop> hired = new ArrayList<>();
        for (long loopId : hiredIds) {
            HiringLoop loop = loops.visibleLoop(actor, loopId);
            if ((actor.mayActAs(Role.RECRUITER) || loops.managesRole(actor, loop)) && !scorecards.stillScoring(actor, loopId)) {
                hired.add(loop);
            }
        }
        if (hired.isEmpty() && !hiredIds.isEmpty()) {
            throw new NotFoundException("There is no candidate with id " + candidateId + " whose outcomes you may see.");
        }
        return hired;
    }

    /** The hired loop an outcome goes to: {@code loopId}, or the candidate's only hire when it is null. */
    HiringLoop hire(Actor actor, long candidateId, @Nullable Long loopId) {
        List<HiringLoop> hired = hires(actor, candidateId);
        String name = candidates.get(candidateId).name();
        if (hired.isEmpty()) {
            throw new InvalidInputException(name + " was not hired (no loop of theirs was decided \"hire\"), so there is no outcome to record.");
        }
        if (loopId == null) {
            if (hired.size() > 1) {
                throw new InvalidInputException(name + " was hired through " + hired.size() + " loops; say which one the outcome is for.");
            }
            return hired.get(0);
        }
        return hired.stream().filter(l -> l.id() == loopId.longValue()).findFirst().orElseThrow(() ->
                new InvalidInputException("Loop " + loopId + " is not a loop through which " + name + " was hired."));
    }

    private List<Long> hiredLoopIds(long candidateId) {
        return jdbc.prepareStatement(HIRED_LOOPS, statement -> {
            statement.setLong(1, candidateId);
            statement.setString(2, Outcome.HIRE.name());
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }
}
