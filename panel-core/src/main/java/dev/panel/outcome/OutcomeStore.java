package dev.panel.outcome;

import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/**
 * Writes one checked outcome, in the caller's transaction: inserts it, or updates the one recorded for the same
 * loop, checkpoint and competency, with the audit event saying what it was and what it became.
 */
@Singleton
class OutcomeStore {

    private final Repositories.Outcomes outcomes;
    private final AuditLog audit;
    private final Clock clock;

    OutcomeStore(Repositories.Outcomes outcomes, AuditLog audit, Clock clock) {
        this.outcomes = outcomes;
        this.audit = audit;
        this.clock = clock;
    }

    CandidateOutcome store(String by, long candidateId, long loopId, Checkpoint checkpoint, long competencyId, OutcomeValues values) {
        Optional<CandidateOutcome> existing = outcomes.findByLoopIdAndCheckpointIdAndCompetencyId(loopId, checkpoint.id(), competencyId);
        String what = describe(checkpoint, competencyId);
        if (existing.isPresent()) {
            CandidateOutcome saved = outcomes.update(existing.get().changedTo(values, by, clock.instant()));
            audit.record(by, "outcome.changed", "candidate:" + candidateId, what + ": " + existing.get().values().describe(checkpoint.scaleMax())
                    + " → " + values.describe(checkpoint.scaleMax()));
            return saved;
        }
        CandidateOutcome saved;
        try {
            saved = outcomes.save(new CandidateOutcome(null, loopId, checkpoint.id(), competencyId, values.level(), values.stillEmployed(),
                    values.observedOn(), by, clock.instant(), null));
        } catch (DataAccessException raced) {
            throw new ConflictException("Someone recorded this outcome a moment ago; reload to see it, then change it if need be.");
        }
        audit.record(by, "outcome.recorded", "candidate:" + candidateId, what + ": " + values.describe(checkpoint.scaleMax()));
        return saved;
    }

    /** "90-day review, overall" or "90-day review, competency 7", for the audit log. */
    static String describe(Checkpoint checkpoint, long competencyId) {
        return checkpoint.name() + (competencyId == CandidateOutcome.OVERALL ? ", overall" : ", competency " + competencyId);
    }
}
