package dev.panel.library;

import dev.panel.candidate.Candidate;
import dev.panel.candidate.CandidateService;
import dev.panel.common.TransactionRetry;
import dev.panel.decision.DecisionService;
import dev.panel.decision.Outcome;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.InterviewView;
import dev.panel.loop.LoopOpening;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.plan.PlanService;
import dev.panel.plan.QuestionPlan;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.scorecard.Note;
import dev.panel.scorecard.Rating;
import dev.panel.scorecard.Recommendation;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.scorecard.ScorecardService;
import dev.panel.user.Actor;
import dev.panel.user.User;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demo candidates at different points of their loops, scored through the real services by the demo
 * interviewers (who rate with different severity, so that debriefs and calibration show something):
 * one loop complete and awaiting a decision, one decided, one half way with a draft in progress, one
 * just scheduled; and {@link #HISTORY} past candidates, decided, whose hires have later outcomes (see
 * {@link DemoOutcomes}). Created once, on a database that has no candidates yet.
 */
@Singleton
@TransactionRetry
public class DemoData {

    /** How the demo interviewers lean: interviewer.a rates softer than the panel, interviewer.c harsher. */
    private static final Map<String, Double> LENIENCY = Map.of("interviewer.a", 0.45, "interviewer.b", 0.0, "interviewer.c", -0.55);

    /** Past candidates, decided, for the validity figures. */
    static final int HISTORY = 36;
    private static final String[] ROLES = {"technical-lead", "head-of-engineering", "cto", "technical-director"};
    private static final String[] FIRST_NAMES = {"Amara", "Bastian", "Chen", "Dalia", "Emeka", "Freya", "Gustavo", "Hana", "Idris",
            "Julia", "Kofi", "Lena", "Mateo", "Nadia", "Oskar", "Priyanka", "Quentin", "Rania"};
    private static final String[] LAST_NAMES = {"Okafor", "Lindgren", "Wang", "Haddad", "Novak", "Moreau", "Silva", "Tanaka", "Brennan",
            "Kowalski", "Mensah", "Fischer", "Rossi", "Iyer", "Andersen", "Duarte", "Yilmaz"};

    private static final String[] EVIDENCE = {
            "Could not give a concrete example; answers stayed general and moved to other topics when probed.",
            "Gave one example, but the outcome and their own part in it stayed vague under follow-up questions.",
            "Described a specific case with the constraints, the options they weighed and a measured result.",
            "Two specific cases with figures, including one that went wrong and what they changed afterwards."};

    private final CandidateService candidates;
    private final RoleService roles;
    private final PlanService plans;
    private final LoopOpening loops;
    private final ScorecardService scorecards;
    private final DecisionService decisions;
    private final DemoOutcomes outcomes;
    private final Clock clock;

    DemoData(CandidateService candidates, RoleService roles, PlanService plans, LoopOpening loops, ScorecardService scorecards,
             DecisionService decisions, DemoOutcomes outcomes, Clock clock) {
        this.outcomes = outcomes;
        this.candidates = candidates;
        this.roles = roles;
        this.plans = plans;
        this.loops = loops;
        this.scorecards = scorecards;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Transactional
    public void install(User hiringManager, List<User> interviewers) {
        Actor manager = Actor.of(hiringManager);
        if (!candidates.list(manager).isEmpty() || interviewers.size() < 3) {
            return;
        }
        Instant now = clock.instant();
        LoopView maya = open(manager, "technical-lead", "Maya Lindqvist", interviewers, now.minus(Duration.ofDays(6)));
        scoreAll(maya, interviewers, 3.1, 1, Integer.MAX_VALUE);

        LoopView priya = open(manager, "cto", "Priya Raman", interviewers, now.minus(Duration.ofDays(14)));
        scoreAll(priya, interviewers, 3.4, 2, Integer.MAX_VALUE);
        decisions.decide(manager, priya.loop().id(), Outcome.HIRE,
                "Strong, consistent evidence on strategy and organisation design from every panelist; the one split (cost) was discussed and accepted.");

        LoopView tomas = open(manager, "head-of-engineering", "Tomás Herrera", interviewers, now.minus(Duration.ofDays(2)));
        scoreAll(tomas, interviewers, 2.6, 3, 1);

        open(manager, "technical-director", "Jonas Weber", interviewers, now.plus(Duration.ofDays(2)));

        outcomes.record(manager, history(manager, interviewers, now), 7);
    }

    /**
     * Candidates of the past year and a half, for the validity figures: each with a true ability drawn from a seeded
     * random source, scored on every stage, and decided "hire" when the panel's impression (ability plus noise) is
     * good enough, so that the hires are a restricted range of the applicants, as in life. Returns the hires.
     */
    private List<DemoOutcomes.Hire> history(Actor manager, List<User> interviewers, Instant now) {
        Random random = new Random(42);
        List<DemoOutcomes.Hire> hires = new ArrayList<>();
        for (int i = 0; i < HISTORY; i++) {
            double ability = Math.max(1.3, Math.min(3.9, 2.6 + random.nextGaussian() * 0.6));
            Instant started = now.minus(Duration.ofDays(120 + 17L * i));
            String name = FIRST_NAMES[i % FIRST_NAMES.length] + " " + LAST_NAMES[(i * 7) % LAST_NAMES.length];
            LoopView loop = open(manager, ROLES[i % ROLES.length], name, interviewers, started);
            scoreAll(loop, interviewers, ability, 100 + i, Integer.MAX_VALUE);
            boolean hire = ability + random.nextGaussian() * 0.35 >= 2.7;
            decisions.decide(manager, loop.loop().id(), hire ? Outcome.HIRE : Outcome.NO_HIRE, hire
                    ? "The panel's evidence was specific and consistent on the role's must-have competencies."
                    : "Too little specific evidence on the role's must-have competencies.");
            if (hire) {
                hires.add(new DemoOutcomes.Hire(loop, started, ability));
            }
        }
        return hires;
    }

    private LoopView open(Actor manager, String roleSlug, String name, List<User> interviewers, Instant firstInterview) {
        RoleView role = roles.findBySlug(roleSlug).orElseThrow();
        QuestionPlan plan = plans.published(role.role().id()).get(0);
        Candidate candidate = candidates.create(manager, name, null);
        List<OpenLoop.Assignment> assignments = new ArrayList<>();
        int next = 0;
        for (int stage = 0; stage < plan.stages().size(); stage++) {
            List<Long> panel = new ArrayList<>();
            for (int i = 0; i < plan.stages().get(stage).interviewers(); i++) {
                panel.add(interviewers.get(next++ % interviewers.size()).id());
            }
            assignments.add(new OpenLoop.Assignment(stage, firstInterview.plus(Duration.ofDays(stage)), panel));
        }
        return loops.open(manager, new OpenLoop(candidate.id(), plan.id(), assignments));
    }

    /**
     * Scores the loop's first {@code stagesDone} stages completely; in the stage after, the first panelist
     * leaves a draft. {@code ability} is the candidate's true level on the four-point scale.
     */
    private void scoreAll(LoopView loop, List<User> interviewers, double ability, long seed, int stagesDone) {
        Random random = new Random(seed);
        for (InterviewView interview : loop.interviews()) {
            int stage = interview.interview().stageIndex();
            if (stage > stagesDone) {
                break;
            }
            for (long panelistId : interview.panelistIds()) {
                User panelist = interviewers.stream().filter(u -> u.id() == panelistId).findFirst().orElseThrow();
                Actor actor = Actor.of(panelist);
                Scorecard card = scorecards.mine(actor, interview.interview().id());
                ScorecardContent content = content(interview.stage(), panelist.username(), ability, random);
                Scorecard saved = scorecards.saveMine(actor, card.interviewId(), card.version(), content);
                if (stage < stagesDone) {
                    scorecards.submit(actor, saved.id());
                } else {
                    break;
                }
            }
        }
    }

    private static ScorecardContent content(FrozenPlan.Stage stage, String interviewer, double ability, Random random) {
        double lean = LENIENCY.getOrDefault(interviewer, 0.0);
        List<Rating> ratings = new ArrayList<>();
        double total = 0;
        for (FrozenPlan.Focus focus : stage.focus()) {
            int level = (int) Math.round(Math.max(1, Math.min(4, ability + lean + random.nextGaussian() * 0.45)));
            total += level;
            ratings.add(new Rating(focus.competencyId(), focus.rubricVersionId(), level, EVIDENCE[level - 1]));
        }
        int overall = (int) Math.round(total / Math.max(1, ratings.size()));
        // each question timed at about its share of the stage, so the question figures have times to show
        int share = stage.minutes() * 60 / Math.max(1, stage.questionIds().size());
        Random timing = new Random(31L * interviewer.hashCode() + Double.hashCode(ability));
        List<Note> notes = stage.questionIds().stream()
                .map(q -> new Note(q, "Answered with a recent example; follow-ups covered scope, trade-offs and the result.",
                        (int) Math.round(share * (0.75 + 0.5 * timing.nextDouble())))).toList();
        return new ScorecardContent(notes, ratings, Recommendation.values()[Math.max(0, Math.min(3, overall - 1))]);
    }
}
