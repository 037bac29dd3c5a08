package dev.panel.common.api;

import dev.panel.common.ConflictException;
import dev.panel.common.ForbiddenException;
import dev.panel.common.GoneException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.common.PanelException;
import dev.panel.common.RowProblem;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** Domain refusals become 400/403/404/409 with the domain's own sentence (and, for a refused upload, its bad rows). */
@Produces
@Singleton
@Requires(classes = {PanelException.class, ExceptionHandler.class})
class PanelExceptionHandler implements ExceptionHandler<PanelException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, PanelException exception) {
        List<RowProblem> rows = exception instanceof InvalidInputException invalid && !invalid.rows().isEmpty() ? invalid.rows() : null;
        return HttpResponse.<ApiError>status(statusOf(exception)).body(new ApiError(exception.code(), exception.getMessage(), rows));
    }

    static HttpStatus statusOf(PanelException exception) {
        if (exception instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (exception instanceof ForbiddenException) {
            return HttpStatus.FORBIDDEN;
        }
        if (exception instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (exception instanceof GoneException) {
            return HttpStatus.GONE;
        }
        return HttpStatus.BAD_REQUEST;
    }
}
