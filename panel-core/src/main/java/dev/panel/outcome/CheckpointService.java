package dev.panel.outcome;

import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.common.Texts;
import dev.panel.common.TransactionRetry;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * The checkpoints outcomes are rated at. Recruiters and hiring managers read them; admins add, rename, rescale,
 * reorder and retire them. A checkpoint's scale stays once outcomes were rated on it (a rating means what its scale
 * meant); add a new checkpoint instead.
 */
@Singleton
@TransactionRetry
public class CheckpointService {

    private final Repositories.Checkpoints checkpoints;
    private final Repositories.Outcomes outcomes;
    private final AuditLog audit;
    private final Clock clock;

    CheckpointService(Repositories.Checkpoints checkpoints, Repositories.Outcomes outcomes, AuditLog audit, Clock clock) {
        this.checkpoints = checkpoints;
        this.outcomes = outcomes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every checkpoint in order, retired ones too (their outcomes stay readable). */
    @ReadOnly
    public List<Checkpoint> list(Actor actor) {
        actor.require("see outcome checkpoints", Role.RECRUITER, Role.HIRING_MANAGER);
        return checkpoints.listOrderByPosition();
    }

    @Transactional
    public Checkpoint add(Actor actor, String name, int scaleMax) {
        actor.require("add outcome checkpoints", Role.ADMIN);
        String checked = checkedName(name, null);
        requireScale(scaleMax);
        Checkpoint saved;
        try {
            saved = checkpoints.save(new Checkpoint(null, checked, scaleMax, checkpoints.lastPosition() + 1, null, null));
        } catch (DataAccessException raced) {
            throw new ConflictException("A checkpoint named \"" + checked + "\" was added a moment ago.");
        }
        audit.record(actor.username(), "checkpoint.added", "checkpoint:" + saved.id(), "\"" + checked + "\", 1 to " + scaleMax);
        return saved;
    }

    /** Renames, rescales (only while no outcome uses it) or moves the checkpoint (null: where it is); {@code version} is the one the admin saw. */
    @Transactional
    public Checkpoint change(Actor actor, long id, String name, int scaleMax, @Nullable Integer position, long version) {
        actor.require("change outcome checkpoints", Role.ADMIN);
        Checkpoint current = get(id);
        String checked = checkedName(name, id);
        requireScale(scaleMax);
        if (scaleMax != current.scaleMax() && outcomes.countByCheckpointId(id) > 0) {
            throw new InvalidInputException("\"" + current.name() + "\" has outcomes rated from 1 to " + current.scaleMax()
                    + ", so its scale stays; add a new checkpoint for the new scale.");
        }
        if (current.version() == null || current.version() != version) {
            throw stale(current);
        }
        try {
            Checkpoint saved = checkpoints.update(current.changed(checked, scaleMax, position == null ? current.position() : position));
            audit.record(actor.username(), "checkpoint.changed", "checkpoint:" + id,
                    "\"" + current.name() + "\", 1 to " + current.scaleMax() + " → \"" + checked + "\", 1 to " + scaleMax);
            return saved;
        } catch (OptimisticLockException lost) {
            throw stale(current);
        }
    }

    /** Takes no new outcomes from now on; those recorded stay. */
    @Transactional
    public Checkpoint retire(Actor actor, long id) {
        actor.require("retire outcome checkpoints", Role.ADMIN);
        Checkpoint current = get(id);
        if (current.isRetired()) {
            return current;
        }
        Checkpoint saved = checkpoints.update(current.retired(clock.instant()));
        audit.record(actor.username(), "checkpoint.retired", "checkpoint:" + id, "\"" + current.name() + "\"");
        return saved;
    }

    /** The checkpoint, for the outcome rules; unknown is wrong input there, as the caller named it. */
    @ReadOnly
    public Checkpoint get(long id) {
        return checkpoints.findById(id).orElseThrow(() -> new NotFoundException("There is no outcome checkpoint with id " + id + "."));
    }

    private String checkedName(String name, Long self) {
        String checked = Texts.required(name, "The checkpoint's name", Checkpoint.NAME_LIMIT);
        checkpoints.findByName(checked).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new ConflictException("There is already a checkpoint named \"" + other.name() + "\".");
        });
        return checked;
    }

    private static void requireScale(int scaleMax) {
        String problem = Checkpoint.scaleProblem(scaleMax);
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
    }

    private static ConflictException stale(Checkpoint current) {
        return new ConflictException("Someone else changed the checkpoint \"" + current.name() + "\" while you were editing it. Reload to see their change.");
    }
}
