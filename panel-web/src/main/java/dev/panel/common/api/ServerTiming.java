package dev.panel.common.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Adds {@code Server-Timing: app;dur=<ms>} to every API response: the time Panel spent on the request,
 * shown by browser developer tools and read by the benchmarks (bench/autosave.sh).
 */
@ServerFilter("/api/**")
class ServerTiming {

    private static final String STARTED = "panel.started-nanos";

    @RequestFilter
    void started(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    void finished(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(STARTED, Long.class).ifPresent(started ->
                response.header("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.3f", (System.nanoTime() - started) / 1e6)));
    }
}
