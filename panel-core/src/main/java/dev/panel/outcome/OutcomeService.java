package dev.panel.outcome;

import dev.panel.audit.AuditLog;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.common.TransactionRetry;
import dev.panel.loop.HiringLoop;
import dev.panel.user.Actor;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A hire's later outcomes, entered one at a time by recruiters and hiring managers (see {@link HireAccess} for who
 * exactly). Entering an outcome that exists (same loop, checkpoint, competency or overall) changes it; every
 * change is audit-logged with what it was and what it became.
 */
@Singleton
@TransactionRetry
public class OutcomeService {

    private final Repositories.Outcomes outcomes;
    private final Repositories.Checkpoints checkpoints;
    private final HireAccess access;
    private final OutcomeStore store;
    private final AuditLog audit;
    private final Clock clock;

    OutcomeService(Repositories.Outcomes outcomes, Repositories.Checkpoints checkpoints, HireAccess access, OutcomeStore store,
                   AuditLog audit, Clock clock) {
        this.store = store;
        this.outcomes = outcomes;
        this.checkpoints = checkpoints;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The candidate's hires with their outcomes; empty for a candidate who was not hired. */
    @ReadOnly
    public List<HireOutcomes> of(Actor actor, long candidateId) {
        List<HiringLoop> hires = access.hires(actor, candidateId);
        if (hires.isEmpty()) {
            return List.of();
        }
        Map<Long, Checkpoint> byId = checkpoints.listOrderByPosition().stream().collect(Collectors.toMap(Checkpoint::id, Function.identity()));
        List<CandidateOutcome> recorded = outcomes.findByLoopIdInOrderById(hires.stream().map(HiringLoop::id).toList());
        List<HireOutcomes> answer = new ArrayList<>();
        for (HiringLoop hire : hires) {
            Map<Long, String> planned = OutcomeRules.competencies(hire.planSnapshot());
            List<OutcomeView> views = recorded.stream().filter(o -> o.loopId() == hire.id())
                    .map(o -> view(o, byId.get(o.checkpointId()), planned))
                    .sorted(Comparator.comparingInt((OutcomeView v) -> byId.get(v.checkpointId()).position())
                            .thenComparing(v -> v.competencyId() == null ? -1 : v.competencyId()))
                    .toList();
            answer.add(new HireOutcomes(hire.id(), hire.planSnapshot().planName(),
                    planned.entrySet().stream().map(e -> new HireOutcomes.PlannedCompetency(e.getKey(), e.getValue())).toList(), views));
        }
        return answer;
    }

    /** Records the outcome, or changes the one recorded for the same loop, checkpoint and competency. */
    @Transactional
    public OutcomeView record(Actor actor, long candidateId, RecordOutcome request) {
        if (request.checkpointId() == null) {
            throw new InvalidInputException("Choose the checkpoint the outcome is for (such as the 90-day review).");
        }
        HiringLoop hire = access.hire(actor, candidateId, request.loopId());
        Checkpoint checkpoint = checkpoints.findById(request.checkpointId())
                .orElseThrow(() -> new InvalidInputException("There is no outcome checkpoint with id " + request.checkpointId() + "."));
        long competencyId = request.competencyId() == null ? CandidateOutcome.OVERALL : request.competencyId();
        OutcomeValues values = new OutcomeValues(request.level(), request.stillEmployed(), request.observedOn());
        List<String> wrong = new ArrayList<>();
        OutcomeRules.check(checkpoint, hire.planSnapshot(), competencyId, values, LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1), wrong);
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(OutcomeRules.sentence(wrong));
        }
        CandidateOutcome saved = store.store(actor.username(), candidateId, hire.id(), checkpoint, competencyId, values);
        return view(saved, checkpoint, OutcomeRules.competencies(hire.planSnapshot()));
    }

    /** Records several outcomes (a form's overall one and its competencies') as one change: all of them, or none. */
    @Transactional
    public List<OutcomeView> recordAll(Actor actor, long candidateId, List<RecordOutcome> requests) {
        return requests.stream().map(request -> record(actor, candidateId, request)).toList();
    }

    @Transactional
    public void remove(Actor actor, long candidateId, long outcomeId) {
        List<HiringLoop> hires = access.hires(actor, candidateId);
        CandidateOutcome outcome = outcomes.findById(outcomeId).filter(o -> hires.stream().anyMatch(h -> h.id() == o.loopId()))
                .orElseThrow(() -> new NotFoundException("Candidate " + candidateId + " has no outcome with id " + outcomeId + "."));
        Checkpoint checkpoint = checkpoints.findById(outcome.checkpointId()).orElseThrow();
        outcomes.delete(outcome);
        audit.record(actor.username(), "outcome.removed", "candidate:" + candidateId, OutcomeStore.describe(checkpoint, outcome.competencyId())
                + ": " + outcome.values().describe(checkpoint.scaleMax()));
    }

    private static OutcomeView view(CandidateOutcome o, Checkpoint checkpoint, Map<Long, String> planned) {
        Long competencyId = OutcomeRules.competencyOrNull(o.competencyId());
        return new OutcomeView(o.id(), o.loopId(), checkpoint.id(), checkpoint.name(), checkpoint.scaleMax(), competencyId,
                competencyId == null ? null : planned.getOrDefault(competencyId, "competency " + competencyId), o.level(), o.stillEmployed(),
                o.observedOn(), o.recordedBy(), o.recordedAt());
    }
}
