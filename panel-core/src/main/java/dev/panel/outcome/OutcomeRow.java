package dev.panel.outcome;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * One later outcome of a hired candidate, as the statistics read it: a rating at a named checkpoint
 * ("90-day review"), overall or for one competency, and whether they were still there.
 *
 * @param candidateKey  the candidate's key, as {@code RatingRow.candidateKey()} gives it ({@code candidate:12})
 * @param role          the name of the role the candidate was hired into (the loop's role), null when unknown
 * @param checkpoint    the checkpoint's name
 * @param competency    the competency's name for a per-competency outcome, null for the overall one
 * @param value         the level given, 1 to {@code scaleMax}; null when only {@code stillEmployed} was recorded
 * @param stillEmployed whether they were still employed at the checkpoint, null when not recorded
 */
public record OutcomeRow(String candidateKey, @Nullable String role, String checkpoint, @Nullable String competency,
                         @Nullable Integer value, int scaleMax, @Nullable Boolean stillEmployed, Instant recordedAt) {
}
