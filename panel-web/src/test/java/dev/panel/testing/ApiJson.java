package dev.panel.testing;

import dev.panel.common.api.ApiError;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes request bodies and reads response bodies in API tests, with the application's own JSON mapping. */
@Singleton
public class ApiJson {

    private final JsonMapper json;

    ApiJson(JsonMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as a {@code type}, once the status is as expected (the body is shown when it is not). */
    public <T> T read(HttpResponse<String> response, int status, Class<T> type) {
        return read(response, status, Argument.of(type));
    }

    public <T> List<T> readList(HttpResponse<String> response, int status, Class<T> type) {
        return read(response, status, Argument.listOf(type));
    }

    /** The error body of a refusal with this status. */
    public ApiError error(HttpResponse<String> response, int status) {
        return read(response, status, ApiError.class);
    }

    private <T> T read(HttpResponse<String> response, int status, Argument<T> type) {
        assertThat(response.statusCode()).as("%s %s: %s", response.request().method(), response.request().uri().getPath(), response.body())
                .isEqualTo(status);
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + type.getTypeName() + " from " + response.body(), e);
        }
    }
}
