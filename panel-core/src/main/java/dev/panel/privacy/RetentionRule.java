package dev.panel.privacy;

import dev.panel.candidate.CandidateService;
import dev.panel.common.SharedWork;
import dev.panel.decision.Decision;
import dev.panel.decision.DecisionErasure;
import dev.panel.loop.HiringLoop;
import dev.panel.loop.LoopErasure;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Anonymises candidates {@code panel.retention.days} days (PANEL_RETENTION_DAYS, default 365) after their last
 * decision, once every loop of theirs is decided, so that a candidate still in another loop keeps their name.
 * Runs an hour after start and every hour after that, on one instance of a cluster per round ({@link SharedWork}).
 */
@Singleton
public class RetentionRule {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionRule.class);
    /** The instances' hourly timers drift apart; a round held this long is not repeated by the next instance's timer. */
    private static final Duration HELD_AT_LEAST = Duration.ofMinutes(10);
    /** An instance that dies during a round delays the next one by at most this. */
    private static final Duration HELD_AT_MOST = Duration.ofMinutes(30);

    private final CandidatePrivacy privacy;
    private final CandidateService candidates;
    private final LoopErasure loops;
    private final DecisionErasure decisions;
    private final Clock clock;
    private final SharedWork shared;
    private final Duration keepFor;

    RetentionRule(CandidatePrivacy privacy, CandidateService candidates, LoopErasure loops, DecisionErasure decisions, Clock clock,
                  SharedWork shared, @Value("${panel.retention.days:365}") int days) {
        this.privacy = privacy;
        this.candidates = candidates;
        this.loops = loops;
        this.decisions = decisions;
        this.clock = clock;
        this.shared = shared;
        this.keepFor = Duration.ofDays(days);
    }

    @Scheduled(initialDelay = "1h", fixedDelay = "1h")
    void onSchedule() {
        runRound();
    }

    /** One scheduled round: anonymises every candidate due, unless another instance has this round; whether it ran here. */
    public boolean runRound() {
        return shared.runOnce("retention", HELD_AT_MOST, HELD_AT_LEAST, () -> {
            int done = apply();
            if (done > 0) {
                LOG.info("Retention: {} candidates anonymised", done);
            }
        });
    }

    /** Anonymises every candidate due; how many. */
    public int apply() {
        Instant cutoff = clock.instant().minus(keepFor);
        List<Long> loopIds = decisions.decidedBefore(cutoff).stream().map(Decision::loopId).toList();
        Set<Long> candidateIds = loops.byIds(loopIds).stream().map(HiringLoop::candidateId).collect(Collectors.toSet());
        int done = 0;
        for (long candidateId : candidateIds) {
            if (!candidates.get(candidateId).isAnonymised() && allDecidedBefore(candidateId, cutoff)) {
                privacy.anonymiseForRetention(candidateId);
                done++;
            }
        }
        return done;
    }

    private boolean allDecidedBefore(long candidateId, Instant cutoff) {
        List<Long> theirs = loops.loopsOf(candidateId).stream().map(HiringLoop::id).toList();
        List<Decision> decided = decisions.ofLoops(theirs);
        return decided.size() == theirs.size() && decided.stream().allMatch(d -> d.decidedAt().isBefore(cutoff));
    }
}
