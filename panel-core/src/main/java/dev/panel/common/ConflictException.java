package dev.panel.common;

/** The request clashes with the current state: a stale version, a submitted scorecard, a duplicate name. */
public final class ConflictException extends PanelException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "conflict";
    }
}
