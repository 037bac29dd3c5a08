package dev.panel.outcome;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** What an outcome says: a rating and/or whether the hire was still employed, and the day it was observed. */
record OutcomeValues(@Nullable Integer level, @Nullable Boolean stillEmployed, @Nullable LocalDate observedOn) {

    /** In words for the audit log: "4 of 5, still employed, on 2025-06-30". */
    String describe(int scaleMax) {
        StringBuilder text = new StringBuilder(level == null ? "no rating" : level + " of " + scaleMax);
        if (stillEmployed != null) {
            text.append(stillEmployed ? ", still employed" : ", no longer employed");
        }
        if (observedOn != null) {
            text.append(", on ").append(observedOn);
        }
        return text.toString();
    }
}
