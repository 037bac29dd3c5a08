package dev.panel.common;

import io.micronaut.serde.annotation.Serdeable;

/** What is wrong with one row of an uploaded file; rows are numbered as a spreadsheet shows them (the header is row 1). */
@Serdeable
public record RowProblem(long row, String message) {
}
