package dev.panel.common;

/** The request itself is wrong: a missing field, a value out of range. */
public final class InvalidInputException extends PanelException {

    public InvalidInputException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "invalid_input";
    }
}
