package dev.panel.common.api;

import dev.panel.common.RowProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The body of every API error: a stable code for programs and a sentence for people. A refused upload also
 * lists what is wrong with each bad row, {@code "rows": [{"row": 3, "message": "…"}]}; other errors leave it out.
 */
@Serdeable
public record ApiError(String error, String message, @Nullable List<RowProblem> rows) {

    public ApiError(String error, String message) {
        this(error, message, null);
    }
}
