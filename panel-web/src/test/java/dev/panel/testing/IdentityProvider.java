package dev.panel.testing;

import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real OpenID Connect provider for the single sign-on tests (NAV's mock-oauth2-server): discovery document, JWKS,
 * authorization and token endpoints, RS256-signed ID tokens. It signs in whoever the test says signs in next, without
 * a login form of its own.
 */
public final class IdentityProvider implements AutoCloseable {

    public static final String ISSUER_ID = "panel-idp";
    public static final String CLIENT_ID = "panel";
    public static final String CLIENT_SECRET = "panel-client-secret";
    public static final String NAME = "Example ID";

    /** A token answer to give instead of the provider's own, once: see {@link #answersNextTokenRequestForAnotherApplication}. */
    private final AtomicReference<String> forgedTokenAnswer = new AtomicReference<>();
    private final MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(), new ForgedTokenAnswer());

    private IdentityProvider() {
    }

    public static IdentityProvider start() {
        IdentityProvider provider = new IdentityProvider();
        provider.server.start();
        return provider;
    }

    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    /** Panel's settings for this provider, with the roles claim {@code groups} and a role map over it. */
    public Map<String, String> panelProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("panel.oidc.issuer", issuer());
        properties.put("panel.oidc.client-id", CLIENT_ID);
        properties.put("panel.oidc.client-secret", CLIENT_SECRET);
        properties.put("panel.oidc.name", NAME);
        properties.put("panel.oidc.roles-claim", "groups");
        properties.put("panel.oidc.role-map", "panel-admins:ADMIN,hiring:HIRING_MANAGER,engineers:INTERVIEWER");
        return properties;
    }

    /** The next sign-in at this provider is this person, with these claims, in an ID token for Panel. */
    public void signsInNext(String subject, Map<String, Object> claims) {
        signsInNext(subject, claims, List.of(CLIENT_ID));
    }

    private void signsInNext(String subject, Map<String, Object> claims, List<String> audience) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", audience, claims, 3600));
    }

    /**
     * The next request this provider gets (call it just before Panel redeems a code) is answered with an ID token it
     * signed properly, with the right nonce, but addressed to another application.
     */
    public void answersNextTokenRequestForAnotherApplication(String subject, String nonce) {
        SignedJWT idToken = server.issueToken(ISSUER_ID, subject, "another-application", Map.of("nonce", nonce), 3600);
        forgedTokenAnswer.set("{\"access_token\": \"not-for-panel\", \"token_type\": \"Bearer\", \"expires_in\": 3600, "
                + "\"id_token\": \"" + idToken.serialize() + "\"}");
    }

    /** Answers the token endpoint with the forged answer while there is one; the provider's own routes otherwise. */
    private final class ForgedTokenAnswer implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return forgedTokenAnswer.get() != null && request.getMethod().equals("POST") && request.getUrl().encodedPath().endsWith("/token");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, forgedTokenAnswer.getAndSet(null), null);
        }
    }

    /** The claims of a person at {@code <username>@idp.example}, an address the provider vouches for. */
    public static Map<String, Object> person(String username, String name, List<String> groups) {
        return Map.of("preferred_username", username, "email", username + "@idp.example", "email_verified", true,
                "name", name, "groups", groups);
    }

    /** Someone else's claims naming this email, which the provider says it has not verified. */
    public static Map<String, Object> unverified(String email, String username, String name) {
        Map<String, Object> claims = new HashMap<>(person(username, name, List.of("engineers")));
        claims.put("email", email);
        claims.put("email_verified", false);
        return claims;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
