package dev.panel.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a sign-in comes from, for the per-client limit on failed sign-ins. Directly, the connection's address;
 * behind a proxy, the last address in the header the proxy appends it to ({@code PANEL_CLIENT_ADDRESS_HEADER}, e.g.
 * {@code X-Forwarded-For}): the last one, because anything before it was written by the client and can be forged.
 */
@Singleton
public class ClientAddresses {

    private final String header;

    ClientAddresses(@Value("${panel.security.client-address-header:}") String header) {
        this.header = header.strip();
    }

    public String of(HttpServletRequest request) {
        return choose(header.isEmpty() ? null : request.getHeader(header), request.getRemoteAddr());
    }

    public String of(HttpRequest<?> request) {
        String direct = request.getRemoteAddress() == null || request.getRemoteAddress().getAddress() == null
                ? null : request.getRemoteAddress().getAddress().getHostAddress();
        return choose(header.isEmpty() ? null : request.getHeaders().get(header), direct);
    }

    private static String choose(String forwarded, String direct) {
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return direct;
    }
}
