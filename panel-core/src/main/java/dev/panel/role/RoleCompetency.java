package dev.panel.role;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A competency a role needs, its weight (1–3) and whether it must be assessed. */
@MappedEntity("role_competency")
record RoleCompetency(
        @Id @GeneratedValue @Nullable Long id,
        long roleId,
        long competencyId,
        int weight,
        boolean mustHave) {
}
