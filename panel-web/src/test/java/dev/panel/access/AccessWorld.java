package dev.panel.access;

import dev.panel.candidate.CandidateService;
import dev.panel.competency.CompetencyService;
import dev.panel.decision.DecisionService;
import dev.panel.decision.Outcome;
import dev.panel.drill.DrillDraft;
import dev.panel.drill.DrillRatingService;
import dev.panel.drill.DrillService;
import dev.panel.drill.DrillView;
import dev.panel.drill.SampleDraft;
import dev.panel.drill.SampleRating;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopOpening;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.outcome.Checkpoint;
import dev.panel.outcome.CheckpointService;
import dev.panel.outcome.OutcomeService;
import dev.panel.outcome.RecordOutcome;
import dev.panel.plan.PlanDraft;
import dev.panel.plan.PlanService;
import dev.panel.plan.QuestionPlan;
import dev.panel.role.RoleDraft;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.scorecard.ScorecardService;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.user.Actor;
import dev.panel.user.NewUser;
import dev.panel.user.Role;
import dev.panel.user.User;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The objects the access matrix is tried on, made through the services: a role of the matrix's own (managed by
 * {@link Principal#HIRING_MANAGER}) with a published plan, a loop on it whose first interview has
 * {@link Principal#INTERVIEWER} on its panel and a scorecard they submitted, and an open drill. Calls that change
 * state get fresh objects from the factory methods, so that the order of the calls does not matter.
 */
@Singleton
class AccessWorld {

    final Map<Principal, User> people = new EnumMap<>(Principal.class);
    final RoleView role;
    final QuestionPlan plan;
    final LoopView loop;
    final long interviewId;
    final Scorecard submitted;
    final long drillId;
    /** A loop of the matrix's role whose decision has been recorded. */
    final long decidedLoopId;
    final long competencyId;
    /** A candidate of the matrix's role hired through a loop on whose panel {@link Principal#INTERVIEWER} sat and submitted. */
    final long hiredCandidateId;

    private final RoleService roles;
    private final PlanService plans;
    private final LoopOpening loops;
    private final CandidateService candidates;
    private final ScorecardService scorecards;
    private final DrillService drills;
    private final DrillRatingService drillRatings;
    private final LoopFixture fixture;
    @jakarta.inject.Inject
    dev.panel.user.AccountService accounts;
    @jakarta.inject.Inject
    dev.panel.notification.NotificationPreferences notificationPreferences;
    private final Actor manager;
    private final Actor recruiter;

    AccessWorld(LoopFixture fixture, RoleService roles, PlanService plans, LoopOpening loops, CandidateService candidates,
                ScorecardService scorecards, DrillService drills, DrillRatingService drillRatings, CompetencyService competencies,
                DecisionService decisions) {
        this.fixture = fixture;
        this.roles = roles;
        this.plans = plans;
        this.loops = loops;
        this.candidates = candidates;
        this.scorecards = scorecards;
        this.drills = drills;
        this.drillRatings = drillRatings;
        for (Principal principal : Principal.values()) {
            principal.role().ifPresent(r -> people.put(principal, fixture.people(r).get(0)));
        }
        manager = actor(Principal.HIRING_MANAGER);
        recruiter = actor(Principal.RECRUITER);
        QuestionPlan technicalLead = fixture.technicalLeadPlan();
        RoleView starter = roles.get(technicalLead.roleId());
        role = roles.create(manager, new RoleDraft(null, Names.unique("Access role"), "Senior", "The access matrix's role.",
                manager.id(), starter.requirements(), null));
        plan = publishedPlan();
        loop = freshLoop();
        interviewId = loop.interviews().get(0).interview().id();
        submitted = fixture.submitted(user(Principal.INTERVIEWER), interviewId, "Shipped the MVP in six weeks.");
        competencyId = competencies.findBySlug("delivery").orElseThrow().id();
        drillId = openDrill();
        decidedLoopId = freshLoop().loop().id();
        decisions.decide(manager, decidedLoopId, Outcome.NO_HIRE, "The panel found little evidence of ownership.",
                "The matrix needs a decided loop; nobody scores it.");
        LoopView hired = freshLoop();
        fixture.submitted(user(Principal.INTERVIEWER), hired.interviews().get(0).interview().id(), "Ran the incident review.");
        decisions.decide(manager, hired.loop().id(), Outcome.HIRE, "Consistent evidence of ownership.",
                "The matrix needs a hire; the rest of the panel is not needed.");
        hiredCandidateId = hired.loop().candidateId();
    }

    @Inject
    OutcomeService outcomes;
    @Inject
    CheckpointService checkpoints;

    /** The id of the default "90-day review" checkpoint. */
    long reviewCheckpoint() {
        return checkpoints.list(recruiter).stream().filter(c -> c.name().equals("90-day review")).findFirst().orElseThrow().id();
    }

    /** A new outcome of the hired candidate (at a checkpoint of its own, so that it is new), for a call that removes it. */
    long freshOutcome() {
        long checkpoint = freshCheckpoint().id();
        return outcomes.record(recruiter, hiredCandidateId, new RecordOutcome(null, checkpoint, null, 3, null, null)).id();
    }

    Checkpoint freshCheckpoint() {
        return checkpoints.add(actor(Principal.ADMIN), Names.unique("Access checkpoint"), 5);
    }

    User user(Principal principal) {
        return people.get(principal);
    }

    /** A new account without a password, for the calls that change an account or invite its person. */
    User invitee() {
        String username = Names.unique("invitee");
        return accounts.create(actor(Principal.ADMIN), new NewUser(username, "Ivo Invitee", username + "@panel.example", null,
                java.util.Set.of(dev.panel.user.Role.INTERVIEWER)));
    }

    /** The address secret of a calendar feed, the interviewer's: the address alone opens it, whoever asks. */
    String calendarToken() {
        return notificationPreferences.newCalendarFeed(actor(Principal.INTERVIEWER));
    }

    Actor actor(Principal principal) {
        return Actor.of(user(principal));
    }

    /** A new draft plan of the matrix's role, with the stages of the starter Technical Lead plan. */
    QuestionPlan draftPlan() {
        return plans.create(manager, new PlanDraft(role.role().id(), Names.unique("Access plan"), fixture.technicalLeadPlan().stages(), null)).plan();
    }

    QuestionPlan publishedPlan() {
        QuestionPlan draft = draftPlan();
        return plans.publish(manager, draft.id(), draft.version(), "The access matrix's plan.").plan();
    }

    /** A new candidate's loop on the matrix's plan, with {@link Principal#INTERVIEWER} on the first interview's panel. */
    LoopView freshLoop() {
        long candidate = candidates.create(recruiter, Names.unique("Access candidate"), null).id();
        return loops.open(recruiter, new OpenLoop(candidate, plan.id(),
                List.of(new OpenLoop.Assignment(0, Instant.now().minusSeconds(7200), List.of(user(Principal.INTERVIEWER).id())))));
    }

    long freshInterview() {
        return freshLoop().interviews().get(0).interview().id();
    }

    /** {@link Principal#INTERVIEWER}'s empty draft for a new loop's first interview, stored as a first autosave stores it. */
    Scorecard freshDraft() {
        long interview = freshInterview();
        return scorecards.saveMine(actor(Principal.INTERVIEWER), interview, null,
                new ScorecardContent(List.of(), List.of(), null));
    }

    /** {@link Principal#INTERVIEWER}'s draft for a new loop, filled in so that it may be submitted. */
    Scorecard freshCompleteDraft() {
        Scorecard draft = freshDraft();
        return scorecards.saveMine(actor(Principal.INTERVIEWER), draft.interviewId(), draft.version(), LoopFixture.complete(stage(), "Owned the outage review."));
    }

    Scorecard freshSubmitted() {
        return fixture.submitted(user(Principal.INTERVIEWER), freshInterview(), "Led the migration.");
    }

    FrozenPlan.Stage stage() {
        return loop.loop().planSnapshot().stages().get(0);
    }

    long freshCandidateWithLoop() {
        return freshLoop().loop().candidateId();
    }

    DrillDraft drillDraft() {
        return new DrillDraft(competencyId, null, Names.unique("Access drill"), "How do you ship predictably?", List.of(
                new SampleDraft("We released weekly and cut scope early.", 3), new SampleDraft("We shipped when it was ready.", 1),
                new SampleDraft("We tracked lead time and fixed what slowed us.", 4)));
    }

    DrillView draftDrill() {
        return drills.create(manager, drillDraft());
    }

    long openDrill() {
        return drills.open(manager, draftDrill().drill().id()).drill().id();
    }

    /** An open drill this person has rated and submitted (when they may take drills at all). */
    long drillSubmittedBy(Principal principal) {
        long drill = openDrill();
        if (principal.role().isEmpty()) {
            return drill;
        }
        Actor taker = actor(principal);
        try {
            var attempt = drillRatings.attempt(taker, drill);
            drillRatings.save(taker, drill, attempt.samples().stream().map(s -> new SampleRating(s.id(), 2, "Heard a plan.")).toList());
            drillRatings.submit(taker, drill);
        } catch (RuntimeException mayNotTakeDrills) {
            // recruiters may not take drills: they ask for the feedback of a drill they never took
        }
        return drill;
    }
}
