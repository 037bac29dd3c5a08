package dev.panel.library;

import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopView;
import dev.panel.outcome.Checkpoint;
import dev.panel.outcome.CheckpointService;
import dev.panel.outcome.OutcomeService;
import dev.panel.outcome.RecordOutcome;
import dev.panel.user.Actor;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Later outcomes of the demo hires, drawn from a seeded random source so that they follow each hire's true ability
 * (the one their interview ratings were drawn from) with noise: the validity figures then show a real, imperfect
 * relation rather than copied numbers. Each checkpoint is recorded only once its day has come.
 */
@Singleton
class DemoOutcomes {

    /** Spread of an outcome around the hire's ability, in levels of the outcome's scale. */
    private static final double NOISE = 0.7;

    private final OutcomeService outcomes;
    private final CheckpointService checkpoints;
    private final Clock clock;

    DemoOutcomes(OutcomeService outcomes, CheckpointService checkpoints, Clock clock) {
        this.outcomes = outcomes;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    /** A hire, when their loop began, and their true ability on the four-point interview scale. */
    record Hire(LoopView loop, Instant started, double ability) {
    }

    void record(Actor manager, List<Hire> hires, long seed) {
        List<Checkpoint> open = checkpoints.list(manager).stream().filter(c -> !c.isRetired()).limit(2).toList();
        Random random = new Random(seed);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Hire hire : hires) {
            List<RecordOutcome> entered = new ArrayList<>();
            for (int i = 0; i < open.size(); i++) {
                Checkpoint checkpoint = open.get(i);
                LocalDate day = LocalDate.ofInstant(hire.started().plus(Duration.ofDays(i == 0 ? 90 : 365)), ZoneOffset.UTC);
                if (day.isAfter(today)) {
                    continue;
                }
                // Weaker hires leave more often, and more by the later checkpoint.
                boolean stillEmployed = random.nextDouble() > (i + 1) * 0.12 * (4.2 - hire.ability());
                entered.add(new RecordOutcome(hire.loop().loop().id(), checkpoint.id(), null,
                        level(hire.ability(), checkpoint.scaleMax(), random), stillEmployed, day));
                for (long competencyId : competencies(hire.loop().loop().planSnapshot())) {
                    entered.add(new RecordOutcome(hire.loop().loop().id(), checkpoint.id(), competencyId,
                            level(hire.ability(), checkpoint.scaleMax(), random), null, day));
                }
                if (!stillEmployed) {
                    break;
                }
            }
            outcomes.recordAll(manager, hire.loop().loop().candidateId(), entered);
        }
    }

    /** The ability moved from the interview's 1..4 onto the checkpoint's 1..max, plus noise, rounded onto the scale. */
    private static int level(double ability, int scaleMax, Random random) {
        double onScale = 1 + (ability - 1) / 3.0 * (scaleMax - 1) + random.nextGaussian() * NOISE;
        return (int) Math.max(1, Math.min(scaleMax, Math.round(onScale)));
    }

    private static Set<Long> competencies(FrozenPlan plan) {
        Set<Long> ids = new LinkedHashSet<>();
        plan.stages().forEach(stage -> stage.focus().forEach(f -> ids.add(f.competencyId())));
        return ids;
    }
}
