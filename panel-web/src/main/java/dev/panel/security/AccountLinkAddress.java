package dev.panel.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * The address of an invitation or password-reset link: {@code PANEL_BASE_URL} (where people reach Panel) when set,
 * else the scheme, host and port the admin's own request came to, then {@code /welcome/<token>}.
 */
@Singleton
public class AccountLinkAddress {

    /** The route of the page that takes a link's token (named, not imported: security depends on no view). */
    public static final String ROUTE = "welcome";

    private final String configured;

    AccountLinkAddress(@Value("${panel.base-url:}") String configured) {
        this.configured = configured.strip().replaceAll("/+$", "");
    }

    public String of(String token, URI requested) {
        String base = configured.isEmpty() ? requested.getScheme() + "://" + requested.getRawAuthority() : configured;
        return base + "/" + ROUTE + "/" + token;
    }
}
