package dev.panel.common.api;

import dev.panel.audit.AuditLog;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class ApiErrorResponseProcessorTest {

    private final ApiErrorResponseProcessor processor = new ApiErrorResponseProcessor();

    @Test
    void a_failure_inside_names_the_request_id_the_client_was_given_even_off_the_request_thread() {
        MDC.remove(AuditLog.REQUEST_ID); // answered on a thread that never had the id in its logging context
        MutableHttpRequest<Object> request = HttpRequest.GET("/api/loops/1");
        request.setAttribute(AuditLog.REQUEST_ID, "req-4f2a91");

        ApiError error = processor.processResponse(
                        ErrorContext.builder(request).cause(new IllegalStateException("Connection refused: db:3306")).build(),
                        HttpResponse.status(HttpStatus.INTERNAL_SERVER_ERROR))
                .getBody().orElseThrow();

        assertThat(error.message())
                .contains("request id req-4f2a91.")
                .doesNotContain("Connection refused")
                .doesNotContain("null");
    }

    @Test
    void without_any_id_it_still_says_where_to_look_rather_than_null() {
        MDC.remove(AuditLog.REQUEST_ID);
        ApiError error = processor.processResponse(
                        ErrorContext.builder(HttpRequest.GET("/api/loops/1")).cause(new IllegalStateException("boom")).build(),
                        HttpResponse.status(HttpStatus.INTERNAL_SERVER_ERROR))
                .getBody().orElseThrow();

        assertThat(error.message()).doesNotContain("null").contains("server's log");
    }
}
