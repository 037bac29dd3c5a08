package dev.panel.testing;

import dev.panel.decision.DecisionService;
import dev.panel.decision.Outcome;
import dev.panel.loop.LoopView;
import dev.panel.user.Actor;
import dev.panel.user.User;
import jakarta.inject.Singleton;

import java.util.List;

/** Candidates decided on by a hiring manager after one interviewer scored the first stage of the Technical Lead plan. */
@Singleton
public class HireFixture {

    private final LoopFixture loops;
    private final DecisionService decisions;

    HireFixture(LoopFixture loops, DecisionService decisions) {
        this.loops = loops;
        this.decisions = decisions;
    }

    /** A new candidate's loop, scored by {@code interviewer} and decided {@code outcome} by {@code manager}. */
    public LoopView decided(User interviewer, Actor manager, Outcome outcome) {
        LoopView loop = loops.openWithFirstStage(List.of(interviewer));
        loops.submitted(interviewer, loop.interviews().get(0).interview().id(), "A specific example with a measured result.");
        decisions.decide(manager, loop.loop().id(), outcome, "The panel's evidence was consistent.");
        return loop;
    }

    public LoopView hired(User interviewer, Actor manager) {
        return decided(interviewer, manager, Outcome.HIRE);
    }
}
