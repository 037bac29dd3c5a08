package dev.panel.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * Where people reach Panel, for the addresses Panel hands out (invitation and reset links, the single sign-on
 * callback): {@code PANEL_BASE_URL} when set, else the scheme, host and port the request itself came to. Behind a
 * proxy that ends TLS the request is plain HTTP, so there PANEL_BASE_URL must be set.
 */
@Singleton
public class PublicAddress {

    /** The route of the page that takes a link's token (named, not imported: security depends on no view). */
    public static final String WELCOME_ROUTE = "welcome";

    private final String configured;

    PublicAddress(@Value("${panel.base-url:}") String configured) {
        this.configured = configured.strip().replaceAll("/+$", "");
    }

    /** The scheme, host and port, without a trailing slash. */
    public String base(URI requested) {
        return configured.isEmpty() ? requested.getScheme() + "://" + requested.getRawAuthority() : configured;
    }

    /** The address of an invitation or password-reset link: {@code <base>/welcome/<token>}. */
    public String accountLink(String token, URI requested) {
        return base(requested) + "/" + WELCOME_ROUTE + "/" + token;
    }
}
