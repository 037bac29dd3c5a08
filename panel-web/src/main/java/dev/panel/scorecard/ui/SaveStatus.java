package dev.panel.scorecard.ui;

import com.vaadin.flow.component.html.Span;

import dev.panel.security.ReaderTime;

import java.time.Instant;

/** The line that tells the interviewer whether what they typed is safe: "Saved 10:41:07", or why not. */
public class SaveStatus extends Span {

    /** Taken when the page is built: saves may be reported from outside a request of this session. */
    private final ReaderTime reader = ReaderTime.current();

    public SaveStatus() {
        setId("save-status");
        getStyle().set("font-size", "var(--lumo-font-size-s)");
        getElement().setAttribute("aria-live", "polite");
    }

    /** Saved; {@code version} is the scorecard's version now in the database (tests wait for it to change). */
    public void saved(Instant at, long version) {
        show("Saved " + reader.clock(at), "var(--lumo-success-text-color)", "ok");
        getElement().setAttribute("data-saved-version", String.valueOf(version));
    }

    public void unsaved() {
        show("Saving…", "var(--lumo-secondary-text-color)", "pending");
    }

    public void failed(String why) {
        show(why, "var(--lumo-error-text-color)", "failed");
    }

    public void submitted(Instant at) {
        show("Submitted " + reader.moment(at), "var(--lumo-success-text-color)", "submitted");
    }

    private void show(String text, String colour, String state) {
        setText(text);
        getStyle().set("color", colour);
        getElement().setAttribute("data-state", state);
    }
}
