package dev.panel.decision;

import dev.panel.common.TransactionRetry;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Decisions as the privacy rules see them: read whole, redacted, deleted. Only privacy.CandidatePrivacy calls this, after its checks. */
@Singleton
@TransactionRetry
public class DecisionErasure {

    private final DecisionRepository decisions;

    DecisionErasure(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @ReadOnly
    public List<Decision> ofLoops(Collection<Long> loopIds) {
        return loopIds.isEmpty() ? List.of() : decisions.findByLoopIdIn(loopIds);
    }

    @ReadOnly
    public List<Decision> decidedBefore(Instant cutoff) {
        return decisions.findByDecidedAtLessThan(cutoff);
    }

    @Transactional
    public void redact(Collection<Long> loopIds, String marker) {
        if (!loopIds.isEmpty()) {
            decisions.redactReasons(loopIds, marker);
        }
    }

    @Transactional
    public void delete(Collection<Long> loopIds) {
        if (!loopIds.isEmpty()) {
            decisions.deleteByLoopIdIn(loopIds);
        }
    }
}
