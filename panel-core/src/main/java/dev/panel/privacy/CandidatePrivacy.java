package dev.panel.privacy;

import dev.panel.audit.AuditLog;
import dev.panel.candidate.Candidate;
import dev.panel.candidate.CandidateService;
import dev.panel.common.ConflictException;
import dev.panel.common.ForbiddenException;
import dev.panel.common.TransactionRetry;
import dev.panel.decision.Decision;
import dev.panel.decision.DecisionErasure;
import dev.panel.loop.HiringLoop;
import dev.panel.loop.LoopErasure;
import dev.panel.notification.NotificationErasure;
import dev.panel.outcome.CandidateOutcome;
import dev.panel.outcome.OutcomeErasure;
import dev.panel.scorecard.Amendment;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardErasure;
import dev.panel.scorecard.ScorecardService;
import dev.panel.scorecard.ScorecardVisibility;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Anonymising, deleting and exporting a candidate, for recruiters and admins. Every action is audit-logged with
 * the candidate's id only.
 * <ul>
 * <li>Anonymising replaces name and email, every note, piece of evidence, amendment reason and decision reason
 * with {@link #MARKER} (notes are candid text about the candidate and may name them), and the candidate's name
 * and email wherever they appear in audit details; ratings, recommendations, decisions (hire or not) and dates stay, for the
 * calibration statistics. Their later outcomes (how they did after being hired) are deleted: they rate a person's
 * work, not an interview.</li>
 * <li>Deleting removes the candidate with their loops, interviews, panels, scorecards, amendments, decisions and outcomes;
 * nothing is kept back, so their ratings leave the statistics too. The audit log keeps its events (by id only).</li>
 * </ul>
 */
@Singleton
@TransactionRetry
public class CandidatePrivacy {

    public static final String MARKER = "[removed: candidate anonymised]";
    static final String RETENTION_ACTOR = "retention";

    private final CandidateService candidates;
    private final LoopErasure loops;
    private final ScorecardErasure scorecards;
    private final DecisionErasure decisions;
    private final ScorecardService scoring;
    private final AuditLog audit;
    private final Clock clock;
    private final NotificationErasure notifications;
    private final OutcomeErasure outcomes;

    CandidatePrivacy(CandidateService candidates, LoopErasure loops, ScorecardErasure scorecards, DecisionErasure decisions,
                     ScorecardService scoring, AuditLog audit, Clock clock, NotificationErasure notifications, OutcomeErasure outcomes) {
        this.outcomes = outcomes;
        this.notifications = notifications;
        this.scoring = scoring;
        this.candidates = candidates;
        this.loops = loops;
        this.scorecards = scorecards;
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Candidate anonymise(Actor actor, long candidateId) {
        actor.require("anonymise candidates", Role.RECRUITER);
        return anonymise(actor.username(), candidateId);
    }

    /** For the retention rule, which acts on its own schedule rather than for a person. */
    @Transactional
    public Candidate anonymiseForRetention(long candidateId) {
        return anonymise(RETENTION_ACTOR, candidateId);
    }

    private Candidate anonymise(String by, long candidateId) {
        Candidate candidate = candidates.get(candidateId);
        if (candidate.isAnonymised()) {
            throw new ConflictException("Candidate " + candidateId + " was already anonymised.");
        }
        List<Long> loopIds = loopIds(candidateId);
        scorecards.redact(loopIds, MARKER);
        decisions.redact(loopIds, MARKER);
        outcomes.delete(loopIds);
        notifications.forgetLoops(loopIds);
        forgetInAudit(candidate);
        Candidate anonymised = candidates.anonymise(candidateId);
        audit.record(by, "candidate.anonymised", "candidate:" + candidateId, loopIds.size() + " loops");
        return anonymised;
    }

    @Transactional
    public void delete(Actor actor, long candidateId) {
        actor.require("delete candidates", Role.RECRUITER);
        Candidate candidate = candidates.get(candidateId);
        List<Long> loopIds = loopIds(candidateId);
        scorecards.delete(loopIds);
        decisions.delete(loopIds);
        outcomes.delete(loopIds);
        notifications.forgetLoops(loopIds);
        loops.delete(loopIds);
        forgetInAudit(candidate);
        candidates.delete(candidateId);
        audit.record(actor.username(), "candidate.deleted", "candidate:" + candidateId, loopIds.size() + " loops");
    }

    /** Writes, too: the export itself is audit-logged. */
    @Transactional
    public CandidateExport export(Actor actor, long candidateId) {
        actor.require("export candidates' data", Role.RECRUITER);
        Candidate candidate = candidates.get(candidateId);
        List<HiringLoop> theirLoops = loops.loopsOf(candidateId);
        List<Long> loopIds = theirLoops.stream().map(HiringLoop::id).toList();
        // The export holds the others' submitted scorecards: someone still scoring this candidate would read them first.
        if (loopIds.stream().anyMatch(loopId -> scoring.stillScoring(actor, loopId))) {
            throw new ForbiddenException("You sit on this candidate's panel: submit your own scorecard before you export their data,"
                    + " or ask another recruiter or an admin.");
        }
        // The rule everywhere else: nobody reads another person's draft, so the export holds submitted scorecards and the
        // exporter's own drafts only. A draft is not yet what its author says of the candidate.
        ScorecardVisibility.Reader exporter = new ScorecardVisibility.Reader(actor, false, true, false);
        List<Scorecard> cards = scorecards.ofLoops(loopIds).stream().filter(card -> ScorecardVisibility.maySee(exporter, card)).toList();
        List<Amendment> amendments = scorecards.amendmentsOf(cards.stream().map(Scorecard::id).toList());
        Map<Long, Decision> decided = decisions.ofLoops(loopIds).stream().collect(Collectors.toMap(Decision::loopId, Function.identity()));
        var interviews = loops.interviewsOf(loopIds);
        List<CandidateOutcome> later = outcomes.ofLoops(loopIds);
        List<CandidateExport.LoopData> data = theirLoops.stream().map(loop -> {
            List<Scorecard> ofLoop = cards.stream().filter(c -> c.loopId() == loop.id()).toList();
            List<Long> cardIds = ofLoop.stream().map(Scorecard::id).toList();
            return new CandidateExport.LoopData(loop, interviews.stream().filter(i -> i.loopId() == loop.id()).toList(), ofLoop,
                    amendments.stream().filter(a -> cardIds.contains(a.scorecardId())).toList(), decided.get(loop.id()),
                    later.stream().filter(o -> o.loopId() == loop.id()).toList());
        }).toList();
        audit.record(actor.username(), "candidate.exported", "candidate:" + candidateId, loopIds.size() + " loops");
        return new CandidateExport(clock.instant(), candidate, data);
    }

    private List<Long> loopIds(long candidateId) {
        return loops.loopsOf(candidateId).stream().map(HiringLoop::id).toList();
    }

    private void forgetInAudit(Candidate candidate) {
        audit.redact(candidate.name(), "[candidate " + candidate.id() + "]");
        audit.redact(candidate.email(), "[candidate " + candidate.id() + "]");
    }
}
