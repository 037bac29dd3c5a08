package dev.panel.role;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A role with what it requires. */
@Serdeable
public record RoleView(JobRole role, List<Requirement> requirements) {

    public Set<Long> mustHaveCompetencyIds() {
        return requirements.stream().filter(Requirement::mustHave).map(Requirement::competencyId).collect(Collectors.toSet());
    }

    public Set<Long> competencyIds() {
        return requirements.stream().map(Requirement::competencyId).collect(Collectors.toSet());
    }
}
