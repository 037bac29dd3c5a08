package dev.panel.app.metrics;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * Who may read {@code /metrics}: a scraper that sends {@code Authorization: Bearer <PANEL_METRICS_TOKEN>}, or one
 * that connects from an address in {@code PANEL_METRICS_NETWORKS}. With neither set, nobody. A network admits only
 * direct connections: a request that carries a proxy's forwarding header came through a balancer, whose own address
 * says nothing of the client behind it, so it needs the token. The token is compared in constant time (as digests,
 * so that not even its length shows in the timing).
 */
@Singleton
public class MetricsAccess {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsAccess.class);
    static final int SHORTEST_TOKEN = 16;
    private static final String BEARER = "Bearer ";
    private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");

    private final byte[] tokenDigest;
    private final List<Network> networks;

    MetricsAccess(@Value("${panel.metrics.token:}") String token, @Value("${panel.metrics.networks:}") String networks) {
        String secret = token.strip();
        if (!secret.isEmpty() && secret.length() < SHORTEST_TOKEN) {
            throw new IllegalArgumentException("PANEL_METRICS_TOKEN is too short: use at least " + SHORTEST_TOKEN
                    + " characters, such as the output of 'openssl rand -hex 32'");
        }
        this.tokenDigest = secret.isEmpty() ? null : digest(secret);
        this.networks = Arrays.stream(networks.split("[,\\s]+")).filter(n -> !n.isBlank())
                .map(n -> Network.parse(n, "PANEL_METRICS_NETWORKS")).toList();
    }

    /** Whether anyone at all may read the metrics. */
    public boolean isConfigured() {
        return tokenDigest != null || !networks.isEmpty();
    }

    public boolean admits(HttpServletRequest request) {
        if (tokenDigest != null && bearerMatches(request.getHeader("Authorization"))) {
            return true;
        }
        if (!networks.isEmpty() && FORWARDING_HEADERS.stream().noneMatch(h -> request.getHeader(h) != null)) {
            InetAddress from = address(request.getRemoteAddr());
            if (from != null && networks.stream().anyMatch(n -> n.contains(from))) {
                return true;
            }
        }
        LOG.debug("Refused a metrics scrape from {}: {}", request.getRemoteAddr(),
                isConfigured() ? "no matching token, and not directly from a configured network"
                        : "neither PANEL_METRICS_TOKEN nor PANEL_METRICS_NETWORKS is set");
        return false;
    }

    private boolean bearerMatches(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(tokenDigest, digest(authorization.substring(BEARER.length()).strip()));
    }

    /** The servlet container hands over the connection's address as a literal, so this never asks DNS. */
    private static InetAddress address(String literal) {
        if (literal == null || literal.isEmpty()) {
            return null;
        }
        try {
            return InetAddress.getByName(literal.startsWith("[") ? literal.substring(1, literal.length() - 1) : literal);
        } catch (UnknownHostException unreadable) {
            return null;
        }
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
