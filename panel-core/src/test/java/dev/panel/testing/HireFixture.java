package dev.panel.testing;

import dev.panel.decision.DecisionService;
import dev.panel.decision.Outcome;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
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
        return decide(loops.openWithFirstStage(List.of(interviewer)), interviewer, manager, outcome);
    }

    public LoopView hired(User interviewer, Actor manager) {
        return decided(interviewer, manager, Outcome.HIRE);
    }

    /** A loop of an existing candidate, scored and decided "hire". */
    public LoopView hiredCandidate(long candidateId, User interviewer, Actor manager) {
        LoopView loop = loops.openFor(candidateId, List.of(new OpenLoop.Assignment(0, null, List.of(interviewer.id()))));
        return decide(loop, interviewer, manager, Outcome.HIRE);
    }

    private LoopView decide(LoopView loop, User interviewer, Actor manager, Outcome outcome) {
        loops.submitted(interviewer, loop.interviews().get(0).interview().id(), "A specific example with a measured result.");
        decisions.decide(manager, loop.loop().id(), outcome, "The panel's evidence was consistent.");
        return loop;
    }
}
