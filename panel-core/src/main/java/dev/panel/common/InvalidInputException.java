package dev.panel.common;

import java.util.List;

/** The request itself is wrong: a missing field, a value out of range, an uploaded file with bad rows. */
public final class InvalidInputException extends PanelException {

    private final List<RowProblem> rows;

    public InvalidInputException(String message) {
        this(message, List.of());
    }

    /** A refusal of an uploaded file, with what is wrong on each bad row. */
    public InvalidInputException(String message, List<RowProblem> rows) {
        super(message);
        this.rows = List.copyOf(rows);
    }

    /** The bad rows of an uploaded file, in file order; empty for any other refusal. */
    public List<RowProblem> rows() {
        return rows;
    }

    @Override
    public String code() {
        return "invalid_input";
    }
}
