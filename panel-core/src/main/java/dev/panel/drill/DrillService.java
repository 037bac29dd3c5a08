package dev.panel.drill;

import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import dev.panel.common.ForbiddenException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.common.Texts;
import dev.panel.common.TransactionRetry;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.CompetencyView;
import dev.panel.competency.RubricVersion;
import dev.panel.question.QuestionService;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Building and running drills: hiring managers create them, write the sample answers, open and close them and
 * read the report. Closing takes the median of the ratings as the consensus where the manager set none, and
 * records who is now calibrated.
 */
@Singleton
@TransactionRetry
public class DrillService {

    public static final int MAX_PAGE = 200;

    private final DrillRepositories.Drills drills;
    private final DrillRepositories.Samples samples;
    private final DrillRepositories.Ratings ratings;
    private final CompetencyService competencies;
    private final QuestionService questions;
    private final CalibratedStatusService statuses;
    private final CalibrationPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    DrillService(DrillRepositories.Drills drills, DrillRepositories.Samples samples, DrillRepositories.Ratings ratings,
                 CompetencyService competencies, QuestionService questions, CalibratedStatusService statuses, CalibrationPolicy policy,
                 AuditLog audit, Clock clock) {
        this.drills = drills;
        this.samples = samples;
        this.ratings = ratings;
        this.competencies = competencies;
        this.questions = questions;
        this.statuses = statuses;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Hiring managers see every drill; interviewers the open ones and those they took. Newest first. */
    @ReadOnly
    public List<Drill> page(Actor actor, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("Ask for 1 to " + MAX_PAGE + " drills at a time, from offset 0 on.");
        }
        if (actor.mayActAs(Role.HIRING_MANAGER)) {
            return drills.page(offset, limit);
        }
        actor.require("take drills", Role.INTERVIEWER);
        return drills.pageFor(actor.id(), offset, limit);
    }

    @ReadOnly
    public DrillView get(Actor actor, long drillId) {
        actor.require("see how a drill is built", Role.HIRING_MANAGER);
        return view(find(drillId));
    }

    @Transactional
    public DrillView create(Actor actor, DrillDraft draft) {
        return create(actor, null, draft);
    }

    /** Creates a drill; {@code slug} names a starter drill so that installing the starter drills twice adds nothing. */
    @Transactional
    public DrillView create(Actor actor, String slug, DrillDraft draft) {
        actor.require("build drills", Role.HIRING_MANAGER);
        if (draft.competencyId() == null) {
            throw new InvalidInputException("Choose the competency the drill calibrates.");
        }
        CompetencyView competency = competencies.get(draft.competencyId());
        RubricVersion rubric = competency.rubric();
        Long questionId = question(draft.questionId());
        Drill saved = drills.save(new Drill(null, slug, title(draft), prompt(draft), draft.competencyId(), questionId, rubric.id(),
                DrillState.DRAFT, actor.username(), clock.instant(), null, null, null));
        samples.saveAll(checkedSamples(saved.id(), draft.samples(), rubric));
        audit.record(actor.username(), "drill.created", "drill:" + saved.id(), saved.title());
        return view(saved);
    }

    /** Changes a draft drill's text and samples; {@code basedOn} is the version the editor loaded. */
    @Transactional
    public DrillView update(Actor actor, long drillId, long basedOn, DrillDraft draft) {
        actor.require("build drills", Role.HIRING_MANAGER);
        Drill current = find(drillId);
        if (current.version() != basedOn) {
            throw new ConflictException("Someone else changed this drill while you were editing it. Reload to see their change.");
        }
        if (draft.competencyId() != null && draft.competencyId() != current.competencyId()) {
            throw new InvalidInputException("A drill's competency cannot change; create a new drill for another competency.");
        }
        Drill changed = update(current.withText(title(draft), prompt(draft), question(draft.questionId())));
        RubricVersion rubric = competencies.rubricVersion(current.rubricVersionId());
        List<SampleAnswer> checked = checkedSamples(drillId, draft.samples(), rubric);
        samples.deleteByDrillId(drillId);
        samples.saveAll(checked);
        audit.record(actor.username(), "drill.edited", "drill:" + drillId, checked.size() + " samples");
        return view(changed);
    }

    /** Sets or clears the hiring manager's consensus for one sample, while the drill is a draft or open. */
    @Transactional
    public SampleAnswer setConsensus(Actor actor, long drillId, long sampleId, Integer level) {
        actor.require("set the consensus of a drill", Role.HIRING_MANAGER);
        Drill drill = find(drillId);
        if (drill.isClosed()) {
            throw new ConflictException("This drill is closed; its consensus and the statuses it gave are final.");
        }
        SampleAnswer sample = samples.findById(sampleId).filter(s -> s.drillId() == drillId)
                .orElseThrow(() -> new NotFoundException("This drill has no sample answer with id " + sampleId + "."));
        checkLevel(level, competencies.rubricVersion(drill.rubricVersionId()), sample.position());
        SampleAnswer saved = samples.update(sample.withConsensus(level, ConsensusSource.MANAGER));
        audit.record(actor.username(), "drill.consensus", "drill:" + drillId, "sample " + sample.position() + ": " + level);
        return saved;
    }

    @Transactional
    public DrillView open(Actor actor, long drillId) {
        actor.require("open drills", Role.HIRING_MANAGER);
        Drill drill = find(drillId);
        Drill opened = update(drill.opened(samples.findByDrillIdOrderByPosition(drillId).size(), clock.instant()));
        audit.record(actor.username(), "drill.opened", "drill:" + drillId, drill.title());
        return view(opened);
    }

    /**
     * Closes the drill: each sample without a manager's consensus takes the median of the submitted ratings, and
     * every interviewer whose kappa reaches the bar is calibrated for the competency.
     */
    @Transactional
    public DrillReport close(Actor actor, long drillId) {
        actor.require("close drills", Role.HIRING_MANAGER);
        Instant now = clock.instant();
        Drill closed = update(find(drillId).closed(now));
        List<DrillRating> all = ratings.findByDrillIdOrderById(drillId);
        for (SampleAnswer sample : samples.findByDrillIdOrderByPosition(drillId)) {
            if (sample.consensusSource() != ConsensusSource.MANAGER) {
                List<Integer> levels = all.stream().filter(r -> r.submitted() && r.sampleId() == sample.id() && r.level() != null)
                        .map(DrillRating::level).toList();
                samples.update(sample.withConsensus(Consensus.median(levels).orElse(null), ConsensusSource.MEDIAN));
            }
        }
        DrillReport report = report(closed, all);
        int awarded = statuses.award(closed, report, now);
        audit.record(actor.username(), "drill.closed", "drill:" + drillId, awarded + " interviewers calibrated");
        return report;
    }

    /** The report; hiring managers only, and not while they have an unsubmitted attempt of their own at the drill. */
    @ReadOnly
    public DrillReport report(Actor actor, long drillId) {
        actor.require("read drill reports", Role.HIRING_MANAGER);
        Drill drill = find(drillId);
        List<DrillRating> all = ratings.findByDrillIdOrderById(drillId);
        if (all.stream().anyMatch(r -> r.interviewerId() == actor.id() && !r.submitted())) {
            throw new ForbiddenException("You are taking this drill yourself: submit your ratings before you read the report.");
        }
        return report(drill, all);
    }

    @ReadOnly
    public Optional<Drill> findBySlug(String slug) {
        return drills.findBySlug(slug);
    }

    Drill find(long drillId) {
        return drills.findById(drillId).orElseThrow(() -> new NotFoundException("There is no drill with id " + drillId + "."));
    }

    private DrillReport report(Drill drill, List<DrillRating> all) {
        RubricVersion rubric = competencies.rubricVersion(drill.rubricVersionId());
        return DrillReport.of(drill.id(), rubric.maxLevel(), samples.findByDrillIdOrderByPosition(drill.id()), all, policy);
    }

    private DrillView view(Drill drill) {
        return new DrillView(drill, competencies.get(drill.competencyId()).competency().name(), competencies.rubricVersion(drill.rubricVersionId()),
                samples.findByDrillIdOrderByPosition(drill.id()), ratings.countSubmitters(drill.id()));
    }

    private Drill update(Drill changed) {
        try {
            return drills.update(changed);
        } catch (OptimisticLockException e) {
            throw new ConflictException("Someone else changed this drill a moment ago. Reload to see their change.");
        }
    }

    private Long question(Long questionId) {
        if (questionId == null) {
            return null;
        }
        return questions.get(questionId).question().id();
    }

    private static String title(DrillDraft draft) {
        return Texts.required(draft.title(), "The drill's title", 200);
    }

    private static String prompt(DrillDraft draft) {
        return Texts.required(draft.prompt(), "What the sample answers respond to (the prompt)", 2000);
    }

    private static List<SampleAnswer> checkedSamples(long drillId, List<SampleDraft> drafts, RubricVersion rubric) {
        if (drafts.size() > Drill.MAX_SAMPLES) {
            Drill.checkSampleCount(drafts.size());
        }
        List<SampleAnswer> result = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            SampleDraft draft = drafts.get(i);
            int position = i + 1;
            String answer = Texts.required(draft == null ? null : draft.answer(), "The text of sample answer " + position,
                    SampleAnswer.ANSWER_LIMIT);
            checkLevel(draft.consensusLevel(), rubric, position);
            result.add(new SampleAnswer(null, drillId, position, answer, draft.consensusLevel(),
                    draft.consensusLevel() == null ? null : ConsensusSource.MANAGER, null));
        }
        return result;
    }

    private static void checkLevel(Integer level, RubricVersion rubric, int position) {
        if (level != null && (level < 1 || level > rubric.maxLevel())) {
            throw new InvalidInputException("The consensus of sample answer " + position + " is a level from 1 to " + rubric.maxLevel()
                    + "; " + level + " is not.");
        }
    }
}
