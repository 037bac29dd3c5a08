package dev.panel.common.api;

import dev.panel.audit.AuditLog;
import dev.panel.common.PanelException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.MDC;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Gives Micronaut's own errors (401 from security, 400 from validation, 404 for unknown paths) the same
 * {@link ApiError} shape as Panel's domain errors. A domain refusal raised while a request body was read
 * (a value that checks itself, such as a requirement's weight) keeps its own sentence.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ApiErrorResponseProcessor implements ErrorResponseProcessor<ApiError> {

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String message = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        if (message.isBlank() || status == HttpStatus.UNAUTHORIZED || status == HttpStatus.FORBIDDEN) {
            message = defaultMessage(status);
        }
        if (status.getCode() >= 500) {
            // What failed inside stays in the server's log; the client gets the request id to quote.
            message = "Panel could not complete this request. If it happens again, tell your admin the request id "
                    + requestId(context) + ".";
        }
        Optional<PanelException> refusal = context.getRootCause().flatMap(ApiErrorResponseProcessor::refusalAmong);
        if (status == HttpStatus.BAD_REQUEST && refusal.isPresent()) {
            // A value that checks itself as the body is read (a question's kind) says what is wrong; the path says where.
            String where = context.getRootCause().flatMap(UnreadableBody::fieldPath).map(path -> "The field '" + path + "': ").orElse("");
            message = where + refusal.get().getMessage();
        } else if (status == HttpStatus.BAD_REQUEST) {
            message = context.getRootCause().flatMap(UnreadableBody::explain).orElse(message);
        }
        return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(new ApiError(code(status), message));
    }

    /**
     * The id the response's X-Request-Id header carries: an error may be answered on another thread than the one
     * whose logging context holds it, so the request's own attribute comes first.
     */
    private static String requestId(ErrorContext context) {
        return context.getRequest().getAttribute(AuditLog.REQUEST_ID, String.class)
                .or(() -> Optional.ofNullable(MDC.get(AuditLog.REQUEST_ID)))
                .orElse("(none: see the server's log at this time)");
    }

    private static Optional<PanelException> refusalAmong(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PanelException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    static String code(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not_found";
            case CONFLICT -> "conflict";
            case BAD_REQUEST, UNPROCESSABLE_ENTITY -> "invalid_input";
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
            default -> status.getCode() >= 500 ? "server_error" : "error";
        };
    }

    static String defaultMessage(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "Sign in first: send 'Authorization: Bearer <token>', with a token from POST /api/tokens.";
            case FORBIDDEN -> "You are signed in, but your role may not do this.";
            case NOT_FOUND -> "There is nothing at this address.";
            default -> status.getReason();
        };
    }
}
