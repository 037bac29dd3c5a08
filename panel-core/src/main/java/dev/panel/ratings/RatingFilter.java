package dev.panel.ratings;

import dev.panel.common.InvalidInputException;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which ratings to read. Every part is optional; {@code from} and {@code to} are whole days, both included, in
 * {@code zone} (the reader's; UTC when not given), so that "to 30 March" in Berlin ends at Berlin's midnight. With a {@code dataset}, the ratings come from that import instead of Panel's scorecards, and
 * only the role (matched by name) and the dates apply.
 */
public record RatingFilter(@Nullable Long loopId, @Nullable Long candidateId, @Nullable Long roleId,
                           @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String dataset, @Nullable ZoneId zone) {

    /** Days in UTC. */
    public RatingFilter(@Nullable Long loopId, @Nullable Long candidateId, @Nullable Long roleId,
                        @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String dataset) {
        this(loopId, candidateId, roleId, from, to, dataset, null);
    }

    /** The same filter with its days read in {@code dayZone}. */
    public RatingFilter inZone(@Nullable ZoneId dayZone) {
        return new RatingFilter(loopId, candidateId, roleId, from, to, dataset, dayZone);
    }

    public RatingFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("The period starts on " + from + ", after it ends (" + to + ").");
        }
        dataset = dataset == null || dataset.isBlank() ? null : dataset.strip();
        if (dataset != null && (loopId != null || candidateId != null)) {
            throw new InvalidInputException("An imported dataset is filtered by role and dates only, not by loop or candidate.");
        }
    }

    /** A day given as text, such as a query parameter: 2025-03-31, or null when blank. */
    @Nullable
    public static LocalDate day(@Nullable String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("'" + parameter + "' is a day such as 2025-03-31; '" + value + "' is not.");
        }
    }

    public static RatingFilter everything() {
        return new RatingFilter(null, null, null, null, null, null);
    }

    public static RatingFilter loop(long loopId) {
        return new RatingFilter(loopId, null, null, null, null, null);
    }

    public static RatingFilter dataset(String name) {
        return new RatingFilter(null, null, null, null, null, name);
    }

    /** The first instant of the period, or null. */
    @Nullable
    public Instant start() {
        return from == null ? null : from.atStartOfDay(dayZone()).toInstant();
    }

    /** The first instant after the period, or null. */
    @Nullable
    public Instant end() {
        return to == null ? null : to.plusDays(1).atStartOfDay(dayZone()).toInstant();
    }

    private ZoneId dayZone() {
        return zone == null ? ZoneOffset.UTC : zone;
    }

    /** In words, for the audit log: "loop 4, 2025-01-01 to 2025-03-31". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (dataset != null) {
            parts.add("dataset \"" + dataset + "\"");
        }
        if (loopId != null) {
            parts.add("loop " + loopId);
        }
        if (candidateId != null) {
            parts.add("candidate " + candidateId);
        }
        if (roleId != null) {
            parts.add("role " + roleId);
        }
        if (from != null || to != null) {
            parts.add((from == null ? "…" : from.toString()) + " to " + (to == null ? "…" : to.toString()));
        }
        return parts.isEmpty() ? "all submitted scorecards" : String.join(", ", parts);
    }
}
