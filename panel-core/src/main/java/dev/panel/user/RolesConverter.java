package dev.panel.user;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a user's roles in one column as a comma-separated list, e.g. {@code HIRING_MANAGER,INTERVIEWER}. */
@Singleton
class RolesConverter implements AttributeConverter<Set<Role>, String> {

    @Override
    public String convertToPersistedValue(Set<Role> roles, ConversionContext context) {
        if (roles == null) {
            return null;
        }
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Role> convertToEntityValue(String column, ConversionContext context) {
        if (column == null || column.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(column.split(","))
                .map(String::trim)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
