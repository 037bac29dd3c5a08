package dev.panel.loop;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

/** How many interviews a person sits on in a coming window: what a recruiter weighs before adding them to a panel. */
@Introspected
@Serdeable
public record InterviewerLoad(long userId, long interviews) {

    /** How far ahead the load is counted. */
    public static final int WINDOW_DAYS = 14;
}
