package dev.panel.app.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, kept in the logging MDC under {@link #MDC_KEY} while the request runs (the audit
 * log records it with each event) and sent back as {@code X-Request-Id}. An id sent by a proxy in front is
 * kept when it is short and plain, so that one request can be followed through both.
 */
class RequestIds implements Filter {

    static final String MDC_KEY = dev.panel.audit.AuditLog.REQUEST_ID;
    static final String HEADER = "X-Request-Id";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String given = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
        String id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        if (response instanceof HttpServletResponse http) {
            http.setHeader(HEADER, id);
        }
        // Also as a request attribute of the same name, for code that runs after this filter has returned
        // (common.api.RequestIdPropagation).
        request.setAttribute(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
