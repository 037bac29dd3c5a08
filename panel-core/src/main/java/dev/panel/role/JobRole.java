package dev.panel.role;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import dev.panel.user.Actor;
import dev.panel.user.Role;

import java.time.Instant;

/**
 * A role being hired for ("Role" in the domain; named JobRole here so that it is never confused with a
 * user's role in Panel). Its hiring manager sees every submitted scorecard of its loops.
 */
@Serdeable
@MappedEntity("job_role")
public record JobRole(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        String name,
        String level,
        String description,
        @Nullable Long hiringManagerId,
        Instant createdAt,
        @Version @Nullable Long version) {

    /**
     * Whether the actor manages this role: admins every role, a hiring manager the roles named theirs and any role
     * with no named hiring manager (which is every hiring manager's).
     */
    public boolean isManagedBy(Actor actor) {
        if (actor.isAdmin()) {
            return true;
        }
        return actor.roles().contains(Role.HIRING_MANAGER) && (hiringManagerId == null || hiringManagerId == actor.id());
    }

    JobRole withDetails(String newName, String newLevel, String newDescription, Long newManagerId) {
        return new JobRole(id, slug, newName, newLevel, newDescription, newManagerId, createdAt, version);
    }
}
