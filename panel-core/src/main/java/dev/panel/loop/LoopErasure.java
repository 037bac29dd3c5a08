package dev.panel.loop;

import dev.panel.common.TransactionRetry;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A candidate's loops as the privacy rules see them. Only privacy.CandidatePrivacy calls this, after its checks. */
@Singleton
@TransactionRetry
public class LoopErasure {

    private final LoopRepositories.Loops loops;
    private final LoopRepositories.Interviews interviews;
    private final LoopRepositories.Panelists panelists;
    private final ApplicationEventPublisher<PanelChanged> panelChanges;

    LoopErasure(LoopRepositories.Loops loops, LoopRepositories.Interviews interviews, LoopRepositories.Panelists panelists,
                ApplicationEventPublisher<PanelChanged> panelChanges) {
        this.loops = loops;
        this.interviews = interviews;
        this.panelists = panelists;
        this.panelChanges = panelChanges;
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
            announceDeletion(loopIds);
            panelists.deleteByLoopIdIn(loopIds);
            interviews.deleteByLoopIdIn(loopIds);
            loops.deleteByIdIn(loopIds);
        }
    }

    /** Every panelist of the loops' interviews hears that theirs is gone. */
    private void announceDeletion(Collection<Long> loopIds) {
        Map<Long, List<Long>> panels = new HashMap<>();
        panelists.findByLoopIdInOrderById(loopIds).forEach(p -> panels.computeIfAbsent(p.interviewId(), k -> new ArrayList<>()).add(p.userId()));
        Map<Long, HiringLoop> byId = new HashMap<>();
        loops.findByIdIn(loopIds).forEach(loop -> byId.put(loop.id(), loop));
        for (Interview interview : interviews.findByLoopIdIn(loopIds)) {
            List<Long> panel = panels.getOrDefault(interview.id(), List.of());
            HiringLoop loop = byId.get(interview.loopId());
            if (panel.isEmpty() || loop == null) {
                continue;
            }
            FrozenPlan.Stage stage = loop.planSnapshot().stages().get(interview.stageIndex());
            panelChanges.publishEvent(new PanelChanged("deleted:" + interview.id(), loop.id(), loop.candidateId(), interview.id(),
                    stage.name(), stage.minutes(), interview.scheduledAt(), interview.scheduledAt(), panel, List.of(), true));
        }
    }
}
