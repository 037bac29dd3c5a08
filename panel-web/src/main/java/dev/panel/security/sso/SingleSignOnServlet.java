package dev.panel.security.sso;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import dev.panel.audit.AuditLog;
import dev.panel.security.CurrentUser;
import dev.panel.security.PublicAddress;
import dev.panel.user.SingleSignOnAccounts;
import dev.panel.user.VerifiedIdentity;
import io.micronaut.context.ApplicationContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * The two ends of a single sign-on. {@code /sso/start} sends the browser to the provider with a fresh state, nonce
 * and PKCE challenge kept in the session; {@code /sso/callback} takes the provider's answer, checks it belongs to
 * that start, redeems the code, and signs the account in under a new session id, as a password sign-in does. Every
 * way it can go wrong ends on the login page with one sentence, never a stack trace.
 */
public class SingleSignOnServlet extends HttpServlet {

    public static final String START = "/sso/start";
    public static final String CALLBACK = "/sso/callback";
    /** A sign-in left longer than this at the provider is started again (its state and nonce are spent). */
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SingleSignOnServlet.class);

    private final transient SingleSignOnSettings settings;
    private final transient OpenIdProvider provider;
    private final transient SingleSignOnAccounts accounts;
    private final transient PublicAddress address;
    private final transient AuditLog audit;
    private final transient Clock clock;

    public SingleSignOnServlet(ApplicationContext context) {
        this.settings = context.getBean(SingleSignOnSettings.class);
        this.provider = context.getBean(OpenIdProvider.class);
        this.accounts = context.getBean(SingleSignOnAccounts.class);
        this.address = context.getBean(PublicAddress.class);
        this.audit = context.getBean(AuditLog.class);
        this.clock = context.getBean(Clock.class);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String path = request.getRequestURI();
        if (!settings.isOn() || !(path.equals(START) || path.equals(CALLBACK))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            if (path.equals(START)) {
                start(request, response);
            } else {
                finish(request, response);
            }
        } catch (SingleSignOnFailure failure) {
            LOG.info("Single sign-on did not complete: {}", failure.getMessage());
            backToLogin(request, response, failure.getMessage());
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException, SingleSignOnFailure {
        URI requested = URI.create(request.getRequestURL().toString());
        PendingSignIn pending = new PendingSignIn(new State().getValue(), new Nonce().getValue(), new CodeVerifier().getValue(),
                address.base(requested) + CALLBACK, clock.instant());
        URI destination = provider.authorizationRequest(pending);
        request.getSession(true).setAttribute(PendingSignIn.SESSION_ATTRIBUTE, pending);
        response.sendRedirect(destination.toString());
    }

    private void finish(HttpServletRequest request, HttpServletResponse response) throws IOException, SingleSignOnFailure {
        PendingSignIn pending = spend(request.getSession(false));
        if (pending == null) {
            throw new SingleSignOnFailure("This sign-in was not started from this browser, or its answer was already used. "
                    + "Start again with \"Sign in with " + settings.name() + "\".");
        }
        AuthenticationResponse answer;
        try {
            String query = request.getQueryString();
            answer = AuthenticationResponseParser.parse(URI.create(request.getRequestURL() + (query == null ? "" : "?" + query)));
        } catch (ParseException | IllegalArgumentException unreadable) {
            throw new SingleSignOnFailure("The answer from " + settings.name() + " could not be read. Start again from the sign-in page.");
        }
        if (answer.getState() == null || !answer.getState().getValue().equals(pending.state())) {
            refuse(null, "state did not match");
            throw new SingleSignOnFailure("The answer from " + settings.name() + " did not belong to the sign-in this browser "
                    + "started, so Panel ignored it. Start again from the sign-in page.");
        }
        if (Duration.between(pending.startedAt(), clock.instant()).compareTo(PATIENCE) > 0) {
            throw new SingleSignOnFailure("The sign-in took longer than " + PATIENCE.toMinutes() + " minutes. Start again from the sign-in page.");
        }
        if (!answer.indicatesSuccess()) {
            ErrorObject error = answer.toErrorResponse().getErrorObject();
            throw new SingleSignOnFailure(OAuth2Error.ACCESS_DENIED.equals(error)
                    ? settings.name() + " did not sign you in to Panel (" + OpenIdProvider.describe(error) + ")."
                    : settings.name() + " could not sign you in (" + OpenIdProvider.describe(error) + "). Start again from the sign-in page.");
        }
        VerifiedIdentity identity;
        try {
            identity = provider.redeem(answer.toSuccessResponse().getAuthorizationCode(), pending);
        } catch (SingleSignOnFailure failure) {
            refuse(null, failure.getMessage());
            throw failure;
        }
        SingleSignOnAccounts.Outcome outcome = accounts.signIn(identity, settings.roleMapping());
        if (outcome instanceof SingleSignOnAccounts.Outcome.SignedIn signedIn) {
            CurrentUser.signInFromServlet(signedIn.user(), request);
            response.sendRedirect("/");
        } else if (outcome instanceof SingleSignOnAccounts.Outcome.Refused refused) {
            throw new SingleSignOnFailure(refused.message());
        }
    }

    /** The pending sign-in of this session, removed: an answer is taken once, whatever it says. */
    private static PendingSignIn spend(HttpSession session) {
        if (session == null) {
            return null;
        }
        try {
            Object pending = session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE);
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
            return pending instanceof PendingSignIn known ? known : null;
        } catch (IllegalStateException ended) {
            return null;
        }
    }

    private void refuse(String subject, String reason) {
        audit.record(null, "login.refused", subject == null ? settings.issuer() : subject, "single sign-on: " + reason);
    }

    private static void backToLogin(HttpServletRequest request, HttpServletResponse response, String sentence) throws IOException {
        request.getSession(true).setAttribute(PendingSignIn.FAILURE_ATTRIBUTE, sentence);
        response.sendRedirect("/login");
    }

    /** The sentence a failed single sign-on left for the login page, taken once. */
    public static String takeFailure(HttpSession session) {
        if (session == null) {
            return null;
        }
        Object sentence = session.getAttribute(PendingSignIn.FAILURE_ATTRIBUTE);
        session.removeAttribute(PendingSignIn.FAILURE_ATTRIBUTE);
        return sentence instanceof String text ? text : null;
    }
}
