package dev.panel.loop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A candidate going through a plan ("loop" in the domain). */
@Serdeable
@MappedEntity("hiring_loop")
public record HiringLoop(
        @Id @GeneratedValue @Nullable Long id,
        long candidateId,
        long roleId,
        long planId,
        @MappedProperty(converter = FrozenPlanConverter.class) FrozenPlan planSnapshot,
        LoopState state,
        String openedBy,
        Instant openedAt,
        @Version @Nullable Long version) {

    public HiringLoop decided() {
        return new HiringLoop(id, candidateId, roleId, planId, planSnapshot, LoopState.DECIDED, openedBy, openedAt, version);
    }
}
