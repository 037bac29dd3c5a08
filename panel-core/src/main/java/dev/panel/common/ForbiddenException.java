package dev.panel.common;

/** The caller is known but may not do this. */
public final class ForbiddenException extends PanelException {

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "forbidden";
    }
}
