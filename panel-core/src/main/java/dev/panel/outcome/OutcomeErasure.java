package dev.panel.outcome;

import dev.panel.common.TransactionRetry;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;

/** Outcomes as the privacy rules see them. Only privacy.CandidatePrivacy calls this, after its checks. */
@Singleton
@TransactionRetry
public class OutcomeErasure {

    private final Repositories.Outcomes outcomes;

    OutcomeErasure(Repositories.Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    @ReadOnly
    public List<CandidateOutcome> ofLoops(Collection<Long> loopIds) {
        return loopIds.isEmpty() ? List.of() : outcomes.findByLoopIdInOrderById(loopIds);
    }

    /** Deletes every outcome of the loops: anonymising a candidate removes them as deleting does (they rate a person's work). */
    @Transactional
    public void delete(Collection<Long> loopIds) {
        if (!loopIds.isEmpty()) {
            outcomes.deleteByLoopIdIn(loopIds);
        }
    }
}
