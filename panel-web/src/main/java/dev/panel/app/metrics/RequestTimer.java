package dev.panel.app.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Times the requests Micronaut's web metrics do not see (Vaadin's, single sign-on's, the scrape's own) into the same
 * {@code http.server.requests} timer, with the same tags, so that one histogram covers every request. The {@code uri}
 * tag is one of a few fixed templates, never the path itself, so that the number of series stays bounded whatever
 * paths clients invent: Vaadin's requests by their type ({@code v-r}: uidl, heartbeat, push, init), its static files
 * as {@code /VAADIN/**} (others as {@code /{static}}), and every page of the UI as {@code /{view}}.
 */
public class RequestTimer implements Filter {

    static final String METER = "http.server.requests";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Set<String> VAADIN_REQUEST_TYPES = Set.of("uidl", "heartbeat", "push", "init");

    private final MeterRegistry registry;
    private final String micronautServlet;

    /** {@code micronautServlet}: the name of the servlet whose requests Micronaut times itself, by route. */
    public RequestTimer(MeterRegistry registry, String micronautServlet) {
        this.registry = registry;
        this.micronautServlet = micronautServlet;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)
                || micronautServlet.equals(http.getHttpServletMapping().getServletName())) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            String uri = uri(http);
            if (failure == null && http.isAsyncStarted()) {
                http.getAsyncContext().addListener(new WhenComplete(this, http.getMethod(), uri, answer, start));
            } else {
                record(http.getMethod(), uri, failure == null ? answer.getStatus() : 500, failure, start);
            }
        }
    }

    private void record(String method, String uri, int status, Throwable failure, long start) {
        Timer.builder(METER)
                .tags(Tags.of("method", METHODS.contains(method) ? method : "OTHER", "status", String.valueOf(status), "uri", uri,
                        "exception", failure == null ? "none" : failure.getClass().getSimpleName()))
                .register(registry)
                .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    /** The template a request is counted under; from a fixed set. */
    static String uri(HttpServletRequest request) {
        String type = vaadinRequestType(request.getQueryString());
        if (type != null) {
            return "/?v-r=" + type;
        }
        String path = request.getRequestURI();
        if (path.startsWith("/VAADIN/")) {
            return "/VAADIN/**";
        }
        if (path.startsWith("/icons/") || path.startsWith("/favicon") || path.equals("/sw.js") || path.startsWith("/manifest")) {
            return "/{static}";
        }
        if (path.equals("/metrics")) {
            return "/metrics";
        }
        if (path.startsWith("/sso/")) {
            return "/sso/**";
        }
        return "/{view}";
    }

    /** Read from the query string itself: asking for a parameter could consume a form's body. */
    private static String vaadinRequestType(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("v-r=")) {
                String type = pair.substring(4);
                return VAADIN_REQUEST_TYPES.contains(type) ? type : "other";
            }
        }
        return null;
    }

    @Override
    public void destroy() {
        // nothing held
    }

    /** An asynchronous request (Vaadin's push by long polling) is timed until it completes. */
    private record WhenComplete(RequestTimer timer, String method, String uri, HttpServletResponse response, long start)
            implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            timer.record(method, uri, response.getStatus(), null, start);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
