package dev.panel.app.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Security headers on every response, set before the servlet writes anything.
 * <p>
 * The Content-Security-Policy is as tight as Vaadin 24 in production mode allows: its bootstrap page carries
 * inline scripts and its components inline styles ({@code 'unsafe-inline'}), and Flow runs the server's
 * {@code executeJs} calls through {@code new Function} ({@code 'unsafe-eval'}). Everything else comes from Panel
 * itself; push uses a same-origin WebSocket, which {@code 'self'} covers in CSP Level 3
 * (https://www.w3.org/TR/CSP3/#match-url-to-source-expression). Framing is refused twice over:
 * {@code frame-ancestors 'none'} for current browsers and {@code X-Frame-Options: DENY} for older ones.
 * Every {@code /api} answer is {@code Cache-Control: no-store}.
 */
class SecurityHeaders implements Filter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("X-Frame-Options", "DENY");
            http.setHeader("Referrer-Policy", "same-origin");
            // Everything under /api is someone's data (or a refusal of it): no browser or proxy may keep a copy.
            if (request instanceof jakarta.servlet.http.HttpServletRequest in && in.getRequestURI().startsWith("/api/")) {
                http.setHeader("Cache-Control", "no-store");
            }
        }
        chain.doFilter(request, response);
    }
}
