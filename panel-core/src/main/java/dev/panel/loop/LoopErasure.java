package dev.panel.loop;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;

/** A candidate's loops as the privacy rules see them. Only privacy.CandidatePrivacy calls this, after its checks. */
@Singleton
public class LoopErasure {

    private final LoopRepositories.Loops loops;
    private final LoopRepositories.Interviews interviews;
    private final LoopRepositories.Panelists panelists;

    LoopErasure(LoopRepositories.Loops loops, LoopRepositories.Interviews interviews, LoopRepositories.Panelists panelists) {
        this.loops = loops;
        this.interviews = interviews;
        this.panelists = panelists;
    }

    @ReadOnly
    public List<HiringLoop> loopsOf(long candidateId) {
        return loops.findByCandidateId(candidateId);
    }

    @ReadOnly
    public List<HiringLoop> byIds(Collection<Long> loopIds) {
        return loopIds.isEmpty() ? List.of() : loops.findByIdIn(loopIds);
    }

    @ReadOnly
    public List<Interview> interviewsOf(Collection<Long> loopIds) {
        return loopIds.isEmpty() ? List.of() : interviews.findByLoopIdIn(loopIds);
    }

    /** Deletes the loops with their interviews and panels; their scorecards and decisions must be gone already. */
    @Transactional
    public void delete(Collection<Long> loopIds) {
        if (!loopIds.isEmpty()) {
            panelists.deleteByLoopIdIn(loopIds);
            interviews.deleteByLoopIdIn(loopIds);
            loops.deleteByIdIn(loopIds);
        }
    }
}
