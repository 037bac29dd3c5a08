package dev.panel.ratings;

import dev.panel.audit.AuditLog;
import dev.panel.candidate.CandidateService;
import dev.panel.common.ForbiddenException;
import dev.panel.common.NotFoundException;
import dev.panel.common.TransactionRetry;
import dev.panel.loop.LoopService;
import dev.panel.role.RoleService;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Ratings as one stream, for exports and calibration: the ratings of submitted scorecards (never a draft), or
 * of an imported dataset. Rows are handed over one at a time while pages are read, so callers that write them
 * out as they come hold no more than a page. Recruiters and admins read every loop; a hiring manager the loops
 * of the roles they manage.
 */
@Singleton
@TransactionRetry
public class RatingService {

    private final ScorecardRatings scorecardRatings;
    private final ScorecardQuestionReader scorecardQuestions;
    private final DatasetRatings datasetRatings;
    private final RatingDatasetRepository datasets;
    private final LoopService loops;
    private final RoleService roles;
    private final CandidateService candidates;
    private final AuditLog audit;

    RatingService(ScorecardRatings scorecardRatings, ScorecardQuestionReader scorecardQuestions, DatasetRatings datasetRatings, RatingDatasetRepository datasets, LoopService loops,
                  RoleService roles, CandidateService candidates, AuditLog audit) {
        this.scorecardRatings = scorecardRatings;
        this.scorecardQuestions = scorecardQuestions;
        this.datasetRatings = datasetRatings;
        this.datasets = datasets;
        this.loops = loops;
        this.roles = roles;
        this.candidates = candidates;
        this.audit = audit;
    }

    /**
     * Hands every rating the actor may read that passes the filter to {@code sink}, in one read-only
     * transaction (one consistent snapshot on MySQL), and returns how many there were. Scorecard ratings come
     * ordered by candidate; dataset ratings in file order.
     */
    @ReadOnly
    public long each(Actor actor, RatingFilter filter, Consumer<RatingRow> sink) {
        checkAccess(actor, filter);
        if (filter.dataset() != null) {
            RatingDataset dataset = dataset(filter.dataset());
            String roleName = filter.roleId() == null ? null : roles.get(filter.roleId()).role().name();
            return datasetRatings.each(dataset.id(), filter, roleName, dataset.name(), sink);
        }
        return scorecardRatings.each(filter, new ScorecardRatings.Reader(actor.id(), visibleRoles(actor)), sink);
    }

    /**
     * Hands each submitted scorecard whose ratings {@link #each} gives the actor, with its stage's questions, to
     * {@code sink}: the question analytics' source, under the same access and blind-scoring rules. An imported dataset
     * has no scorecards, so gives none.
     */
    @ReadOnly
    public void eachScorecard(Actor actor, RatingFilter filter, Consumer<ScorecardQuestions> sink) {
        checkAccess(actor, filter);
        if (filter.dataset() == null) {
            scorecardQuestions.each(filter, new ScorecardRatings.Reader(actor.id(), visibleRoles(actor)), sink);
        }
    }

    /**
     * Refuses, before anything is read, an actor who may not read ratings (403) or a filter naming a loop they may
     * not see, or a loop, candidate, role or dataset that does not exist (404): an export checks this first, so that
     * a refusal is a clear answer rather than a broken download.
     */
    @ReadOnly
    public void checkAccess(Actor actor, RatingFilter filter) {
        actor.require("read ratings across candidates", Role.RECRUITER, Role.HIRING_MANAGER);
        if (filter.roleId() != null) {
            roles.get(filter.roleId());
            if (filter.dataset() == null && !actor.mayActAs(Role.RECRUITER) && !loops.managesRole(actor, filter.roleId())) {
                throw new ForbiddenException("Only the role's hiring manager, recruiters and admins read the ratings of its loops.");
            }
        }
        if (filter.dataset() != null) {
            dataset(filter.dataset());
        }
        if (filter.loopId() != null) {
            loops.visibleLoop(actor, filter.loopId());
        }
        if (filter.candidateId() != null) {
            candidates.get(filter.candidateId());
            loops.requireSomeVisibleLoopOf(actor, filter.candidateId());
        }
    }

    /**
     * Records in the audit log that the actor exported {@code what} (e.g. "scorecards.xlsx") with so many ratings,
     * in a transaction of its own, as exports read in a read-only one.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void recordExport(Actor actor, String what, RatingFilter filter, long ratings) {
        audit.record(actor.username(), "ratings.exported", what, filter.describe() + "; " + ratings + " ratings");
    }

    @ReadOnly
    public List<RatingDataset> datasets(Actor actor) {
        actor.require("see imported ratings", Role.RECRUITER, Role.HIRING_MANAGER);
        return datasets.listOrderByName();
    }

    private RatingDataset dataset(String name) {
        return datasets.findByName(name).orElseThrow(() -> new NotFoundException("There is no imported dataset named \"" + name + "\"."));
    }

    /** The roles whose loops the actor may read, or null for all of them. */
    @Nullable
    private Set<Long> visibleRoles(Actor actor) {
        if (actor.mayActAs(Role.RECRUITER)) {
            return null;
        }
        return roles.list().stream().map(v -> v.role().id()).filter(id -> loops.managesRole(actor, id)).collect(Collectors.toSet());
    }
}
