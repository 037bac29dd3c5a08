package dev.panel.common;

/** Something the request names existed but can no longer be used: a spent or expired single-use link. */
public final class GoneException extends PanelException {

    public GoneException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "gone";
    }
}
