package dev.panel.security.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.panel.user.VerifiedIdentity;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity provider, as its discovery document describes it: where to send the browser, where to redeem the
 * code, and the keys its ID tokens are signed with. The document is fetched at the first sign-in (not at start-up,
 * so that Panel starts while the provider is away) and kept; a failed fetch is tried again at the next sign-in.
 */
@Singleton
class OpenIdProvider {

    private static final int TIMEOUT_MILLIS = 5_000;
    private static final Scope SCOPE = new Scope("openid", "email", "profile");

    private final SingleSignOnSettings settings;
    private volatile Discovered discovered;

    OpenIdProvider(SingleSignOnSettings settings) {
        this.settings = settings;
    }

    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    /** The provider's authorization endpoint, asked for a code bound to this state, nonce and PKCE challenge. */
    URI authorizationRequest(PendingSignIn pending) throws SingleSignOnFailure {
        OIDCProviderMetadata metadata = discovered().metadata();
        return new AuthenticationRequest.Builder(ResponseType.CODE, SCOPE, clientId(), URI.create(pending.redirectUri()))
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(new State(pending.state()))
                .nonce(new Nonce(pending.nonce()))
                .codeChallenge(new CodeVerifier(pending.codeVerifier()), CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /** Redeems the code, checks the ID token it brings, and says who signed in. */
    VerifiedIdentity redeem(AuthorizationCode code, PendingSignIn pending) throws SingleSignOnFailure {
        Discovered provider = discovered();
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, URI.create(pending.redirectUri()), new CodeVerifier(pending.codeVerifier()));
        URI endpoint = provider.metadata().getTokenEndpointURI();
        ClientAuthentication authentication = clientAuthentication(provider.metadata());
        TokenRequest request = authentication == null ? new TokenRequest(endpoint, clientId(), grant)
                : new TokenRequest(endpoint, authentication, grant);
        OIDCTokenResponse tokens = tokens(request);
        JWT idToken = tokens.getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new SingleSignOnFailure(settings.name() + " answered without an ID token, so Panel cannot tell who signed in.");
        }
        IDTokenClaimsSet verified;
        try {
            verified = provider.validator().validate(idToken, new Nonce(pending.nonce()));
        } catch (BadJOSEException | JOSEException rejected) {
            throw new SingleSignOnFailure("Panel could not verify the answer from " + settings.name() + " ("
                    + rejected.getMessage() + "), so it did not sign you in.", rejected);
        }
        Map<String, Object> claims = new LinkedHashMap<>(verified.toJSONObject());
        if (!claims.containsKey("email") && provider.metadata().getUserInfoEndpointURI() != null) {
            userInfo(provider.metadata(), tokens.getOIDCTokens().getAccessToken(), verified.getSubject().getValue())
                    .forEach(claims::putIfAbsent);
        }
        return new VerifiedIdentity(verified.getIssuer().getValue(), verified.getSubject().getValue(),
                text(claims.get("email")), Boolean.TRUE.equals(claims.get("email_verified")) || "true".equals(claims.get("email_verified")),
                text(claims.get("preferred_username")), text(claims.get("name")),
                ClaimValues.at(claims, settings.rolesClaim()));
    }

    private OIDCTokenResponse tokens(TokenRequest request) throws SingleSignOnFailure {
        try {
            TokenResponse response = OIDCTokenResponseParser.parse(send(request.toHTTPRequest()));
            if (!response.indicatesSuccess()) {
                throw new SingleSignOnFailure(settings.name() + " did not accept Panel's sign-in request ("
                        + describe(response.toErrorResponse().getErrorObject()) + "). Start again from the sign-in page.");
            }
            return (OIDCTokenResponse) response.toSuccessResponse();
        } catch (ParseException | ClassCastException unreadable) {
            throw new SingleSignOnFailure(settings.name() + " answered in a way Panel could not read (" + unreadable.getMessage() + ").", unreadable);
        } catch (IOException unreachable) {
            throw unreachable(unreachable);
        }
    }

    /** The claims the userinfo endpoint adds, when the ID token leaves the email out; only for the same subject. */
    private Map<String, Object> userInfo(OIDCProviderMetadata metadata, AccessToken accessToken, String subject) throws SingleSignOnFailure {
        try {
            UserInfoResponse response = UserInfoResponse.parse(send(new UserInfoRequest(metadata.getUserInfoEndpointURI(), accessToken).toHTTPRequest()));
            if (!response.indicatesSuccess() || !subject.equals(response.toSuccessResponse().getUserInfo().getSubject().getValue())) {
                return Map.of();
            }
            return response.toSuccessResponse().getUserInfo().toJSONObject();
        } catch (ParseException unreadable) {
            return Map.of();
        } catch (IOException unreachable) {
            throw unreachable(unreachable);
        }
    }

    private static com.nimbusds.oauth2.sdk.http.HTTPResponse send(HTTPRequest request) throws IOException {
        request.setConnectTimeout(TIMEOUT_MILLIS);
        request.setReadTimeout(TIMEOUT_MILLIS);
        return request.send();
    }

    private ClientAuthentication clientAuthentication(OIDCProviderMetadata metadata) {
        if (settings.clientSecret().isEmpty()) {
            return null;
        }
        Secret secret = new Secret(settings.clientSecret());
        List<ClientAuthenticationMethod> supported = metadata.getTokenEndpointAuthMethods();
        boolean basic = supported == null || supported.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        return basic || !supported.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                ? new ClientSecretBasic(clientId(), secret) : new ClientSecretPost(clientId(), secret);
    }

    private Discovered discovered() throws SingleSignOnFailure {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovered == null) {
                discovered = discover();
            }
            return discovered;
        }
    }

    private Discovered discover() throws SingleSignOnFailure {
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
        } catch (IOException unreachable) {
            throw unreachable(unreachable);
        } catch (GeneralException wrong) {
            throw new SingleSignOnFailure("The discovery document of " + settings.issuer() + " is not usable (" + wrong.getMessage()
                    + "). Ask an admin to check PANEL_OIDC_ISSUER.", wrong);
        }
        if (metadata.getJWKSetURI() == null || metadata.getTokenEndpointURI() == null) {
            throw new SingleSignOnFailure("The discovery document of " + settings.issuer()
                    + " names no token endpoint or no keys, which Panel needs. Ask an admin to check PANEL_OIDC_ISSUER.");
        }
        try {
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), clientId(), algorithm(metadata),
                    metadata.getJWKSetURI().toURL(), new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS));
            return new Discovered(metadata, validator);
        } catch (java.net.MalformedURLException wrong) {
            throw new SingleSignOnFailure("The provider's key address " + metadata.getJWKSetURI() + " is not a URL.", wrong);
        }
    }

    /** RS256 where the provider offers it (every provider must), else the first asymmetric algorithm it names. */
    private static JWSAlgorithm algorithm(OIDCProviderMetadata metadata) {
        List<JWSAlgorithm> offered = metadata.getIDTokenJWSAlgs();
        if (offered == null || offered.isEmpty() || offered.contains(JWSAlgorithm.RS256)) {
            return JWSAlgorithm.RS256;
        }
        return offered.stream().filter(a -> !JWSAlgorithm.Family.HMAC_SHA.contains(a) && !a.getName().equals("none"))
                .findFirst().orElse(JWSAlgorithm.RS256);
    }

    private SingleSignOnFailure unreachable(IOException cause) {
        return new SingleSignOnFailure("Panel cannot reach " + settings.name() + " (" + settings.issuer()
                + ") just now. Try again in a minute; if it goes on, tell an admin.", cause);
    }

    private ClientID clientId() {
        return new ClientID(settings.clientId());
    }

    /** An OAuth error as one readable part of a sentence. */
    static String describe(ErrorObject error) {
        if (error == null) {
            return "no reason given";
        }
        return error.getDescription() == null ? String.valueOf(error.getCode()) : error.getCode() + ": " + error.getDescription();
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isBlank() ? text : null;
    }
}
