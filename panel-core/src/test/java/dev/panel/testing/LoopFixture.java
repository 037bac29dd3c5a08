package dev.panel.testing;

import dev.panel.candidate.CandidateService;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopOpening;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.plan.PlanService;
import dev.panel.plan.QuestionPlan;
import dev.panel.role.RoleService;
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

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Loops to score on the starter library's Technical Lead plan, with fresh people and candidates: tests share
 * one database and never clean up, so nothing here reuses a name.
 */
@Singleton
public class LoopFixture {

    public static final String PASSWORD = "panel-test-password";
    public static final String TECHNICAL_LEAD = "technical-lead";

    /** Opens the fixture's loops; a loop keeps only the opener's name. */
    private static final Actor OPENER = new Actor(0, "loop-fixture", Set.of(Role.RECRUITER));

    private final UserService users;
    private final CandidateService candidates;
    private final RoleService roles;
    private final PlanService plans;
    private final LoopService loops;
    private final LoopOpening opening;
    private final ScorecardService scorecards;

    LoopFixture(UserService users, CandidateService candidates, RoleService roles, PlanService plans, LoopService loops, LoopOpening opening,
                ScorecardService scorecards) {
        this.users = users;
        this.candidates = candidates;
        this.roles = roles;
        this.plans = plans;
        this.loops = loops;
        this.opening = opening;
        this.scorecards = scorecards;
    }

    /** One fresh account per role given, in that order, each with {@link #PASSWORD}. */
    public List<User> people(Role... each) {
        return users.createAll(Arrays.stream(each)
                .map(role -> new NewUser(Names.unique(role.name().toLowerCase().replace('_', '-')), role.label(), PASSWORD, Set.of(role)))
                .toList());
    }

    public QuestionPlan technicalLeadPlan() {
        return plans.published(roles.findBySlug(TECHNICAL_LEAD).orElseThrow().role().id()).get(0);
    }

    /** A new candidate's loop with {@code panel} on the first stage, "Architecture under a deadline", and nobody elsewhere. */
    public LoopView openWithFirstStage(List<User> panel) {
        return open(List.of(new OpenLoop.Assignment(0, null, panel.stream().map(User::id).toList())));
    }

    public LoopView open(List<OpenLoop.Assignment> assignments) {
        return openFor(candidates.create(OPENER, Names.unique("Candidate"), null).id(), assignments);
    }

    /** A loop on the Technical Lead plan for an existing candidate. */
    public LoopView openFor(long candidateId, List<OpenLoop.Assignment> assignments) {
        return opening.open(OPENER, new OpenLoop(candidateId, technicalLeadPlan().id(), assignments));
    }

    /** The interviewer's scorecard for the interview, complete with this evidence and submitted. */
    public Scorecard submitted(User interviewer, long interviewId, String evidence) {
        Actor actor = Actor.of(interviewer);
        Scorecard draft = scorecards.mine(actor, interviewId);
        FrozenPlan.Stage stage = loops.interview(actor, interviewId).stage();
        Scorecard saved = scorecards.saveMine(actor, draft.interviewId(), draft.version(), complete(stage, evidence));
        return scorecards.submit(actor, saved.id());
    }

    /** What a submittable scorecard for the stage holds: a note on its first question, every focus rated with this evidence, a recommendation. */
    public static ScorecardContent complete(FrozenPlan.Stage stage, String evidence) {
        List<Rating> ratings = stage.focus().stream().map(f -> new Rating(f.competencyId(), f.rubricVersionId(), 3, evidence)).toList();
        List<Note> notes = List.of(new Note(stage.questionIds().get(0), "Notes: " + evidence));
        return new ScorecardContent(notes, ratings, Recommendation.YES);
    }
}
