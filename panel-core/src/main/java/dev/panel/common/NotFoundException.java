package dev.panel.common;

/** Something the request names does not exist (or is not visible to the caller). */
public final class NotFoundException extends PanelException {

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "not_found";
    }
}
