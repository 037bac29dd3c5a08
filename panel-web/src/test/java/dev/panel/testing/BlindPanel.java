package dev.panel.testing;

import dev.panel.candidate.CandidateService;
import dev.panel.decision.DecisionService;
import dev.panel.decision.Outcome;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopView;
import dev.panel.scorecard.Note;
import dev.panel.scorecard.Rating;
import dev.panel.scorecard.Recommendation;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.scorecard.ScorecardService;
import dev.panel.user.Actor;
import dev.panel.user.NewUser;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loop for blind-scoring tests: panelist A has submitted (every focus rated "strong no", recommendation "strong no"),
 * amended it and a hiring manager off the panel has recorded the decision, while B and three staff who also sit on
 * the panel (a hiring manager, a recruiter and an admin) have not submitted. Everything A and the decider wrote
 * contains {@link Scene#marker()}; nothing else does, so a page or body with the marker has leaked.
 */
@Singleton
public class BlindPanel {

    private final UserService users;
    private final LoopFixture loops;
    private final ScorecardService scorecards;
    private final DecisionService decisions;
    private final CandidateService candidates;

    BlindPanel(UserService users, LoopFixture loops, ScorecardService scorecards, DecisionService decisions, CandidateService candidates) {
        this.candidates = candidates;
        this.users = users;
        this.loops = loops;
        this.scorecards = scorecards;
        this.decisions = decisions;
    }

    public record Scene(LoopView loop, String candidateName, String marker, User a, Scorecard ofA, Map<String, User> stillScoring, User decider) {

        public long loopId() {
            return loop.loop().id();
        }

        public long candidateId() {
            return loop.loop().candidateId();
        }

        public long interviewId() {
            return loop.interviews().get(0).interview().id();
        }

        public FrozenPlan.Stage stage() {
            return loop.interviews().get(0).stage();
        }
    }

    public Scene scene() {
        return scene(true);
    }

    /** As {@link #scene()}, with the decision recorded or not. */
    public Scene scene(boolean decided) {
        String marker = LibraryFixture.uniqueWord();
        User a = person("Avery Panelist", Role.INTERVIEWER);
        Map<String, User> stillScoring = new LinkedHashMap<>();
        stillScoring.put("interviewer B", person("Blake Panelist", Role.INTERVIEWER));
        stillScoring.put("hiring manager on the panel", person("Harper Manager", Role.HIRING_MANAGER, Role.INTERVIEWER));
        stillScoring.put("recruiter on the panel", person("Reese Recruiter", Role.RECRUITER, Role.INTERVIEWER));
        stillScoring.put("admin on the panel", person("Addison Admin", Role.ADMIN, Role.INTERVIEWER));
        User decider = person("Devon Decider", Role.HIRING_MANAGER);
        List<User> panel = new java.util.ArrayList<>(List.of(a));
        panel.addAll(stillScoring.values());
        LoopView loop = loops.openWithFirstStage(panel);
        long interview = loop.interviews().get(0).interview().id();
        FrozenPlan.Stage stage = loop.interviews().get(0).stage();

        Actor actorA = Actor.of(a);
        Scorecard draft = scorecards.mine(actorA, interview);
        Scorecard saved = scorecards.saveMine(actorA, draft.interviewId(), draft.version(), contentOfA(stage, marker + " evidence"));
        scorecards.submit(actorA, saved.id());
        Scorecard amended = scorecards.amend(actorA, saved.id(), "Reason " + marker + " for the change", contentOfA(stage, marker + " amended"));
        if (decided) {
            decisions.decide(Actor.of(decider), loop.loop().id(), Outcome.NO_HIRE, "Decided on " + marker + " grounds",
                    "Decided while " + marker + " panelists still score");
        }
        return new Scene(loop, candidates.get(loop.loop().candidateId()).name(), marker, a, amended, stillScoring, decider);
    }

    /** Everyone still scoring submits a scorecard of their own (ratings of 3, "yes"). */
    public void everyoneSubmits(Scene scene) {
        scene.stillScoring().values().forEach(u -> loops.submitted(u, scene.interviewId(), "Own view of " + u.displayName()));
    }

    private User person(String name, Role... roles) {
        return users.create(new NewUser(Names.unique("blind"), name, LoopFixture.PASSWORD, Set.of(roles)));
    }

    private static ScorecardContent contentOfA(FrozenPlan.Stage stage, String evidence) {
        List<Rating> ratings = stage.focus().stream().map(f -> new Rating(f.competencyId(), f.rubricVersionId(), 1, evidence)).toList();
        return new ScorecardContent(List.of(new Note(stage.questionIds().get(0), "Notes " + evidence)), ratings, Recommendation.STRONG_NO);
    }
}
