package dev.panel.testing;

import java.util.concurrent.atomic.AtomicLong;

/** Unique names, so that tests sharing one database never collide and need no clean-up between them. */
public final class Names {

    private static final AtomicLong COUNTER = new AtomicLong();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private Names() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }
}
