package dev.panel.decision;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A scorecard the loop still waits for: who owes it ("Sam Lee (slee)") and for which stage. */
@Serdeable
public record MissingScorecard(long interviewerId, String interviewer, String stage) {

    public String label() {
        return interviewer + " for " + stage;
    }

    /** "Scorecards are still missing from Sam Lee (slee) for Leadership, Ana Ruiz (aruiz) for Leadership." */
    public static String sentence(List<MissingScorecard> missing) {
        return (missing.size() == 1 ? "A scorecard is" : missing.size() + " scorecards are") + " still missing, from "
                + String.join(", ", missing.stream().map(MissingScorecard::label).toList()) + ".";
    }
}
