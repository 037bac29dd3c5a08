package dev.panel.ratings;

import dev.panel.scorecard.Recommendation;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * One rating of one competency, by one interviewer, of one candidate: what exports and calibration read.
 * The keys tell people apart where names repeat ({@code candidate:12} for Panel's own, the name as written
 * for an imported dataset); the names are for people to read.
 *
 * @param loopId         the loop of a Panel scorecard; null for imported ratings
 * @param rubricVersion  the rubric version's number; null for imported ratings
 * @param evidence       what the interviewer wrote for the rating; null for imported ratings
 * @param submittedAt    when the scorecard was submitted, or the date an imported rating was given (may be null)
 */
public record RatingRow(
        String candidateKey,
        String candidate,
        @Nullable Long loopId,
        @Nullable String role,
        @Nullable String stage,
        String interviewerKey,
        String interviewer,
        String competency,
        @Nullable Integer rubricVersion,
        int value,
        int scaleMax,
        @Nullable Recommendation recommendation,
        @Nullable String evidence,
        @Nullable Instant submittedAt) {
}
