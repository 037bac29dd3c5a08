package dev.panel.security.sso;

import dev.panel.user.RoleMapping;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;

import java.net.URI;
import java.util.Locale;

/**
 * Single sign-on as configured by {@code PANEL_OIDC_*}. Off while no issuer is set. Read when Panel starts, so that a
 * half-done configuration (an issuer without a client id, a role map that names no role) stops the start with a
 * sentence saying what to fix, instead of a login button that cannot work.
 */
@Context
public class SingleSignOnSettings {

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String name;
    private final String rolesClaim;
    private final RoleMapping roleMapping;

    SingleSignOnSettings(@Value("${panel.oidc.issuer:}") String issuer,
                         @Value("${panel.oidc.client-id:}") String clientId,
                         @Value("${panel.oidc.client-secret:}") String clientSecret,
                         @Value("${panel.oidc.name:your organisation}") String name,
                         @Value("${panel.oidc.roles-claim:}") String rolesClaim,
                         @Value("${panel.oidc.role-map:}") String roleMap) {
        // As given: the discovery document must name exactly this issuer, trailing slash and all.
        this.issuer = issuer.strip();
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret;
        this.name = name.isBlank() ? "your organisation" : name.strip();
        this.rolesClaim = rolesClaim.strip();
        this.roleMapping = RoleMapping.parse(roleMap);
        if (!isOn()) {
            return;
        }
        URI address;
        try {
            address = URI.create(this.issuer);
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("PANEL_OIDC_ISSUER '" + this.issuer + "' is not a URL");
        }
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(address.getHost()))) {
            throw new IllegalArgumentException("PANEL_OIDC_ISSUER must be an https:// URL (plain http only for a provider "
                    + "on this machine), not '" + this.issuer + "'");
        }
        if (this.clientId.isEmpty()) {
            throw new IllegalArgumentException("PANEL_OIDC_ISSUER is set but PANEL_OIDC_CLIENT_ID is not: set the client id "
                    + "Panel was registered under at " + this.issuer);
        }
        if (roleMapping.isOn() && this.rolesClaim.isEmpty()) {
            throw new IllegalArgumentException("PANEL_OIDC_ROLE_MAP is set but PANEL_OIDC_ROLES_CLAIM is not: name the claim "
                    + "that carries the values to map (e.g. groups)");
        }
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
    }

    public boolean isOn() {
        return !issuer.isEmpty();
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    /** Empty for a public client, which then proves itself by PKCE alone. */
    public String clientSecret() {
        return clientSecret;
    }

    /** The provider's name on the login page: "Sign in with <name>". */
    public String name() {
        return name;
    }

    /** The claim holding the values of the role map, a dotted path for a nested one (realm_access.roles); empty for none. */
    public String rolesClaim() {
        return rolesClaim;
    }

    public RoleMapping roleMapping() {
        return roleMapping;
    }
}
