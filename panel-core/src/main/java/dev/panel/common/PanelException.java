package dev.panel.common;

/**
 * A refusal the user caused and can act on. The message is shown as it is, in a notification or in
 * the {@code message} of an API error, so it is written for a person, not for a log.
 */
public abstract sealed class PanelException extends RuntimeException
        permits NotFoundException, ForbiddenException, ConflictException, GoneException, InvalidInputException {

    protected PanelException(String message) {
        super(message);
    }

    /** A short, stable code for API clients, e.g. {@code not_found}. */
    public abstract String code();
}
