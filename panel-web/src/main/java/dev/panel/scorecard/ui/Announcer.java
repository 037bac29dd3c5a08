package dev.panel.scorecard.ui;

import com.vaadin.flow.component.html.Div;

/**
 * What a screen reader should hear without moving focus: a polite region for ratings and timers, an assertive one for
 * a question's time running out (which the browser writes itself, from the timer). Both are visually hidden.
 */
class Announcer extends Div {

    static final String POLITE_ID = "scoring-announcer";
    static final String URGENT_ID = "scoring-alert";

    private final Div polite = region(POLITE_ID, "polite");

    Announcer() {
        add(polite, region(URGENT_ID, "assertive"));
    }

    void say(String text) {
        polite.setText(text);
    }

    private static Div region(String id, String politeness) {
        Div region = new Div();
        region.setId(id);
        region.addClassName("sr-only");
        region.getElement().setAttribute("aria-live", politeness);
        region.getElement().setAttribute("aria-atomic", "true");
        return region;
    }
}
