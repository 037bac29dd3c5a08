package dev.panel.common.api;

import io.micronaut.serde.annotation.Serdeable;

/** The body of every API error: a stable code for programs and a sentence for people. */
@Serdeable
public record ApiError(String error, String message) {
}
