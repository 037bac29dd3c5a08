package dev.panel.app.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code GET /metrics}: the registry's scrape in Prometheus's text format, written straight to the response. A servlet
 * of its own rather than Micronaut's endpoint, which would sit at {@code /prometheus} behind Micronaut Security's
 * rules for users: this one has a rule for scrapers. To anyone it does not admit, whatever the method, it answers
 * 404, as for a path that does not exist, so that nobody learns from outside whether metrics are on or how they are
 * opened (a 401 would say "metrics here, bring a token").
 */
public class MetricsServlet extends HttpServlet {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final transient MetricsAccess access;
    private final transient PrometheusMeterRegistry registry;

    public MetricsServlet(MetricsAccess access, PrometheusMeterRegistry registry) {
        this.access = access;
        this.registry = registry;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!access.admits(request)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().write("Not found\n");
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            response.setHeader("Allow", "GET");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        registry.scrape(response.getOutputStream());
    }
}
