package dev.panel.drill;

import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import dev.panel.common.ForbiddenException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.TransactionRetry;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.RubricVersion;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Taking a drill: an interviewer rates every sample answer with evidence, blind, and submits. Every read goes
 * through {@link DrillVisibility}: before submitting, an interviewer sees neither the consensus nor anyone
 * else's ratings, through any path.
 */
@Singleton
@TransactionRetry
public class DrillRatingService {

    public static final int EVIDENCE_LIMIT = 20_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final DrillService drills;
    private final DrillRepositories.Samples samples;
    private final DrillRepositories.Ratings ratings;
    private final CompetencyService competencies;
    private final AuditLog audit;
    private final Clock clock;

    DrillRatingService(DrillService drills, DrillRepositories.Samples samples, DrillRepositories.Ratings ratings,
                       CompetencyService competencies, AuditLog audit, Clock clock) {
        this.drills = drills;
        this.samples = samples;
        this.ratings = ratings;
        this.competencies = competencies;
        this.audit = audit;
        this.clock = clock;
    }

    /** The actor's attempt at an open drill, or at a closed one they submitted. */
    @ReadOnly
    public DrillAttempt attempt(Actor actor, long drillId) {
        actor.require("take drills", Role.INTERVIEWER, Role.HIRING_MANAGER);
        Drill drill = drills.find(drillId);
        List<DrillRating> mine = ratings.findByDrillIdAndInterviewerIdOrderById(drillId, actor.id());
        boolean submitted = DrillVisibility.hasSubmitted(mine);
        if (!drill.isOpen() && !submitted) {
            throw new ConflictException("This drill is " + drill.state().label().toLowerCase() + "; it can be taken only while it is open.");
        }
        return attempt(actor, drill, mine);
    }

    /** Saves the actor's ratings so far, whatever version they were read at; see {@link #save(Actor, long, Long, List)}. */
    @Transactional
    public DrillAttempt save(Actor actor, long drillId, List<SampleRating> given) {
        return save(actor, drillId, null, given);
    }

    /**
     * Saves the actor's ratings so far; evidence and levels may be incomplete until they submit. {@code basedOn} is the
     * attempt's version the page last saw (null: any): a page that missed a newer save from another tab is refused,
     * so that older ratings never overwrite newer ones.
     */
    @Transactional
    public DrillAttempt save(Actor actor, long drillId, Long basedOn, List<SampleRating> given) {
        actor.require("take drills", Role.INTERVIEWER, Role.HIRING_MANAGER);
        Drill drill = drills.find(drillId);
        drill.requireOpen("rate its answers");
        List<DrillRating> mine = ratings.findByDrillIdAndInterviewerIdOrderById(drillId, actor.id());
        if (DrillVisibility.hasSubmitted(mine)) {
            throw new ConflictException("You have submitted this drill; your ratings can no longer change.");
        }
        if (basedOn != null && basedOn != versionOf(mine)) {
            throw new ConflictException("These ratings were saved from another tab or window at "
                    + TIME.format(mine.stream().map(DrillRating::updatedAt).max(Comparator.naturalOrder()).orElse(clock.instant()))
                    + " UTC. Reload to see them before you go on; what you chose here is still on the page.");
        }
        RubricVersion rubric = competencies.rubricVersion(drill.rubricVersionId());
        Map<Long, SampleAnswer> byId = samples.findByDrillIdOrderByPosition(drillId).stream()
                .collect(Collectors.toMap(SampleAnswer::id, s -> s));
        Map<Long, DrillRating> existing = mine.stream().collect(Collectors.toMap(DrillRating::sampleId, r -> r));
        Instant now = clock.instant();
        List<DrillRating> saved = new ArrayList<>();
        for (SampleRating rating : given) {
            SampleAnswer sample = byId.get(rating.sampleId());
            if (sample == null) {
                throw new InvalidInputException("Sample answer " + rating.sampleId() + " is not part of this drill.");
            }
            if (rating.level() != null && (rating.level() < 1 || rating.level() > rubric.maxLevel())) {
                throw new InvalidInputException("A rating of sample answer " + sample.position() + " is between 1 and " + rubric.maxLevel()
                        + "; " + rating.level() + " is not.");
            }
            String evidence = rating.evidence() == null ? "" : rating.evidence();
            if (evidence.length() > EVIDENCE_LIMIT) {
                throw new InvalidInputException("The evidence for sample answer " + sample.position() + " can be at most "
                        + EVIDENCE_LIMIT + " characters.");
            }
            DrillRating before = existing.get(sample.id());
            saved.add(before == null ? DrillRating.draft(drillId, sample.id(), actor.id(), rating.level(), evidence, now)
                    : before.withDraft(rating.level(), evidence, now));
        }
        try {
            saved.forEach(r -> {
                if (r.id() == null) {
                    ratings.save(r);
                } else if (!Objects.equals(r.level(), existing.get(r.sampleId()).level())
                        || !r.evidence().equals(existing.get(r.sampleId()).evidence())) {
                    ratings.update(r);
                }
            });
        } catch (OptimisticLockException e) {
            throw new ConflictException("These ratings were saved from another tab or window a moment ago. Reload to see them.");
        }
        return attempt(actor, drill, ratings.findByDrillIdAndInterviewerIdOrderById(drillId, actor.id()));
    }

    /**
     * Submits the actor's ratings once every sample answer has a level and evidence; submitting again changes nothing,
     * also when two submissions arrive at once (read committed: the loser sees the winner's submitted ratings).
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public DrillAttempt submit(Actor actor, long drillId) {
        actor.require("take drills", Role.INTERVIEWER, Role.HIRING_MANAGER);
        Drill drill = drills.find(drillId);
        List<DrillRating> mine = ratings.findByDrillIdAndInterviewerIdOrderById(drillId, actor.id());
        if (DrillVisibility.hasSubmitted(mine)) {
            return attempt(actor, drill, mine);
        }
        drill.requireOpen("submit ratings");
        Map<Long, DrillRating> bySample = mine.stream().collect(Collectors.toMap(DrillRating::sampleId, r -> r));
        List<String> missing = new ArrayList<>();
        for (SampleAnswer sample : samples.findByDrillIdOrderByPosition(drillId)) {
            DrillRating rating = bySample.get(sample.id());
            if (rating == null || rating.level() == null) {
                missing.add("a level for sample answer " + sample.position());
            }
            if (rating == null || rating.evidence().isBlank()) {
                missing.add("evidence for sample answer " + sample.position());
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("Before submitting, add " + String.join(", ", missing) + ".");
        }
        Instant now = clock.instant();
        try {
            mine.forEach(r -> ratings.update(r.asSubmitted(now)));
        } catch (OptimisticLockException raced) {
            List<DrillRating> current = ratings.findByDrillIdAndInterviewerIdOrderById(drillId, actor.id());
            if (DrillVisibility.hasSubmitted(current)) {
                return attempt(actor, drill, current);
            }
            throw new ConflictException("These ratings were saved from another tab or window a moment ago. Reload to see them.");
        }
        audit.record(actor.username(), "drill.submitted", "drill:" + drillId, mine.size() + " ratings");
        return attempt(actor, drill, ratings.findByDrillIdAndInterviewerIdOrderById(drillId, actor.id()));
    }

    /** Grows with every save of any of the ratings (each update raises one row's version, each insert adds one). */
    private static long versionOf(List<DrillRating> mine) {
        return mine.stream().mapToLong(r -> r.version() == null ? 0 : r.version() + 1).sum();
    }

    /** Per sample answer, the actor's level beside the consensus with both anchors, and the panel's spread; after submitting only. */
    @ReadOnly
    public DrillFeedback feedback(Actor actor, long drillId) {
        Drill drill = drills.find(drillId);
        List<DrillRating> all = ratings.findByDrillIdOrderById(drillId);
        List<DrillRating> mine = all.stream().filter(r -> r.interviewerId() == actor.id()).toList();
        if (!DrillVisibility.hasSubmitted(mine)) {
            throw new ForbiddenException("Submit your own ratings first: the feedback shows the consensus and the panel's ratings.");
        }
        RubricVersion rubric = competencies.rubricVersion(drill.rubricVersionId());
        Map<Long, DrillRating> bySample = mine.stream().collect(Collectors.toMap(DrillRating::sampleId, r -> r));
        List<DrillRating> submitted = all.stream().filter(DrillRating::submitted).toList();
        List<SampleFeedback> feedback = new ArrayList<>();
        for (SampleAnswer sample : samples.findByDrillIdOrderByPosition(drillId)) {
            DrillRating own = bySample.get(sample.id());
            DrillReport.SampleSpread spread = DrillReport.spread(sample,
                    submitted.stream().filter(r -> r.sampleId() == sample.id()).toList());
            Integer consensus = sample.consensusLevel();
            feedback.add(new SampleFeedback(sample.id(), sample.position(), sample.answer(), own.level(), rubric.levelFor(own.level()),
                    consensus, consensus == null ? null : rubric.levelFor(consensus), sample.consensusSource(), spread.counts(),
                    spread.raters(), spread.spread(), spread.anchorMayNeedRewording()));
        }
        return new DrillFeedback(drill, competencies.get(drill.competencyId()).competency().name(), feedback);
    }

    /** The drill's ratings the actor may read: their own, and others' submitted ones only once their own are in. */
    @ReadOnly
    public List<DrillRating> visible(Actor actor, long drillId) {
        drills.find(drillId);
        List<DrillRating> all = ratings.findByDrillIdOrderById(drillId);
        DrillVisibility.Reader reader = DrillVisibility.reader(actor, all);
        return all.stream().filter(r -> DrillVisibility.maySee(reader, r)).toList();
    }

    private DrillAttempt attempt(Actor actor, Drill drill, List<DrillRating> mine) {
        boolean submitted = DrillVisibility.hasSubmitted(mine);
        List<SampleAnswer> answers = samples.findByDrillIdOrderByPosition(drill.id());
        Map<Long, DrillRating> bySample = new HashMap<>();
        mine.forEach(r -> bySample.put(r.sampleId(), r));
        Instant fallback = drill.openedAt() == null ? drill.createdAt() : drill.openedAt();
        List<DrillRating> ordered = answers.stream().map(s -> bySample.getOrDefault(s.id(),
                DrillRating.draft(drill.id(), s.id(), actor.id(), null, "", fallback))).toList();
        Instant updated = mine.stream().map(DrillRating::updatedAt).max(Comparator.naturalOrder()).orElse(fallback);
        long version = versionOf(mine);
        return new DrillAttempt(drill, competencies.get(drill.competencyId()).competency().name(),
                competencies.rubricVersion(drill.rubricVersionId()),
                submitted ? answers : answers.stream().map(SampleAnswer::blind).toList(), ordered, submitted, updated, version);
    }
}
