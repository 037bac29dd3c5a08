package dev.panel.security.sso;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditLog;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.IdentityProvider;
import dev.panel.testing.Names;
import dev.panel.user.AccountChange;
import dev.panel.user.AccountService;
import dev.panel.user.Actor;
import dev.panel.user.NewUser;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on over plain HTTP against a real OpenID Connect provider, one redirect at a time as a browser follows
 * them: PKCE, state and nonce, the renewed session id, accounts made just in time with mapped roles, and the answers
 * Panel must not accept (replayed, forged, for another audience, an unverified email that would take over an account).
 */
@MicronautTest(transactional = false)
class SingleSignOnIT implements DatabaseTest {

    @AutoClose
    IdentityProvider provider;

    @Inject
    EmbeddedServer server;
    @Inject
    UserService users;
    @Inject
    AuditLog audit;
    @Inject
    AccountService accounts;

    @Override
    public Map<String, String> getProperties() {
        provider = IdentityProvider.start();
        Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
        properties.putAll(provider.panelProperties());
        return properties;
    }

    @Test
    void a_new_person_signs_in_with_pkce_under_a_new_session_id_and_gets_an_account_with_the_mapped_roles() {
        String username = Names.unique("noor");
        provider.signsInNext("subject-" + username, IdentityProvider.person(username, "Noor Newcomer", List.of("hiring", "engineers")));
        Visitor browser = new Visitor();

        HttpResponse<String> start = browser.get(server.getURI().resolve(SingleSignOnServlet.START));
        assertThat(start.statusCode()).isEqualTo(302);
        URI authorization = location(start);
        Map<String, String> asked = query(authorization);
        assertThat(authorization.toString()).startsWith(provider.issuer());
        assertThat(asked).containsEntry("client_id", IdentityProvider.CLIENT_ID)
                .containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", server.getURI().resolve(SingleSignOnServlet.CALLBACK).toString())
                .containsKeys("state", "nonce", "code_challenge");
        assertThat(asked.get("scope").split(" ")).contains("openid", "email");
        String sessionBefore = browser.cookie("PANELSESSION");

        URI callback = location(browser.get(authorization));
        assertThat(query(callback)).containsEntry("state", asked.get("state")).containsKey("code");
        HttpResponse<String> signedIn = browser.get(callback);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn).getPath()).isEqualTo("/");
        assertThat(browser.cookie("PANELSESSION")).isNotBlank().isNotEqualTo(sessionBefore);
        User account = users.findByUsername(username).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Noor Newcomer");
        assertThat(account.email()).isEqualTo(username + "@idp.example");
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.HIRING_MANAGER, Role.INTERVIEWER);
        assertThat(account.ssoIssuer()).isEqualTo(provider.issuer());
        assertThat(account.ssoSubject()).isEqualTo("subject-" + username);
        assertThat(account.passwordHash()).isNull();
        assertThat(account.lastSignInAt()).isNotNull();
    }

    @Test
    void roles_follow_the_providers_claim_at_every_sign_in() {
        String username = Names.unique("rolf");
        String subject = "subject-" + username;
        assertThat(signedInAs(subject, username, "Rolf Roles").roles()).containsExactly(Role.INTERVIEWER);

        provider.signsInNext(subject, IdentityProvider.person(username, "Rolf Roles", List.of("panel-admins", "unmapped")));
        assertThat(new Visitor().signIn()).isEqualTo("/");

        User account = users.findByUsername(username).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.ADMIN);
        assertThat(audit.about(username)).extracting(AuditEvent::action).contains("user.created", "user.roles-changed", "login");
    }

    @Test
    void an_answer_is_taken_once_and_only_in_the_browser_that_started_the_sign_in() {
        String username = Names.unique("once");
        provider.signsInNext("subject-" + username, IdentityProvider.person(username, "Olga Once", List.of("engineers")));
        Visitor browser = new Visitor();
        URI callback = location(browser.get(location(browser.get(server.getURI().resolve(SingleSignOnServlet.START)))));

        HttpResponse<String> elsewhere = new Visitor().get(callback);
        assertThat(location(elsewhere).getPath()).isEqualTo("/login");
        assertThat(users.findByUsername(username)).isEmpty();

        assertThat(location(browser.get(callback)).getPath()).isEqualTo("/");
        assertThat(location(browser.get(callback)).getPath()).as("the same answer again").isEqualTo("/login");
        assertThat(users.findByUsername(username)).isPresent();
    }

    @Test
    void an_answer_with_a_forged_state_is_refused_and_spends_the_sign_in() {
        String username = Names.unique("forged");
        provider.signsInNext("subject-" + username, IdentityProvider.person(username, "Fern Forged", List.of("engineers")));
        Visitor browser = new Visitor();
        URI callback = location(browser.get(location(browser.get(server.getURI().resolve(SingleSignOnServlet.START)))));
        String code = query(callback).get("code");

        URI forged = server.getURI().resolve(SingleSignOnServlet.CALLBACK + "?code=" + code + "&state=planted-by-someone-else");
        assertThat(location(browser.get(forged)).getPath()).isEqualTo("/login");
        assertThat(location(browser.get(callback)).getPath()).isEqualTo("/login");

        assertThat(users.findByUsername(username)).isEmpty();
        assertThat(audit.about(provider.issuer())).extracting(AuditEvent::detail).contains("single sign-on: state did not match");

        assertThat(new Visitor().signIn()).as("starting again").isEqualTo("/");
        assertThat(users.findByUsername(username)).isPresent();
    }

    @Test
    void an_id_token_addressed_to_another_application_is_refused() {
        String subject = "subject-" + Names.unique("elsewhere");
        Visitor browser = new Visitor();
        URI authorization = location(browser.get(server.getURI().resolve(SingleSignOnServlet.START)));
        URI callback = location(browser.get(authorization));
        provider.answersNextTokenRequestForAnotherApplication(subject, query(authorization).get("nonce"));

        assertThat(location(browser.get(callback)).getPath()).isEqualTo("/login");

        assertThat(audit.about(subject)).as("no account was made or signed in").isEmpty();
        assertThat(audit.about(provider.issuer())).extracting(AuditEvent::detail)
                .anySatisfy(detail -> assertThat(detail).contains("Panel could not verify").containsIgnoringCase("audience"));
    }

    @Test
    void an_unverified_email_does_not_take_over_the_account_that_has_it() {
        String username = Names.unique("owner");
        User owner = users.create(new NewUser(username, "Ola Owner", username + "@idp.example", "panel-test-password", Set.of(Role.ADMIN)));
        provider.signsInNext("subject-intruder-" + username, IdentityProvider.unverified(owner.email(), "intruder", "Ivo Intruder"));

        assertThat(new Visitor().signIn()).isEqualTo("/login");

        User after = users.findByUsername(username).orElseThrow();
        assertThat(after.ssoSubject()).isNull();
        assertThat(after.passwordHash()).isEqualTo(owner.passwordHash());
        assertThat(audit.about(username)).extracting(AuditEvent::detail)
                .contains("single sign-on: email not verified by the provider");
    }

    @Test
    void a_deactivated_account_cannot_sign_in_whatever_the_provider_says() {
        String username = Names.unique("gone");
        String subject = "subject-" + username;
        User account = signedInAs(subject, username, "Gus Gone");
        User admin = users.create(new NewUser(Names.unique("admin"), "Ada Admin", "panel-test-password", Set.of(Role.ADMIN)));
        accounts.change(new Actor(admin.id(), admin.username(), admin.roles()), account.id(), new AccountChange(null, null, null, false));

        provider.signsInNext(subject, IdentityProvider.person(username, "Gus Gone", List.of("engineers")));
        assertThat(new Visitor().signIn()).isEqualTo("/login");
        assertThat(audit.about(username)).extracting(AuditEvent::detail).contains("single sign-on: account deactivated");
    }

    /** A first sign-in of an engineer (an interviewer by the role map), which must succeed; their account after it. */
    private User signedInAs(String subject, String username, String name) {
        provider.signsInNext(subject, IdentityProvider.person(username, name, List.of("engineers")));
        assertThat(new Visitor().signIn()).isEqualTo("/");
        return users.findByUsername(username).orElseThrow();
    }

    private static URI location(HttpResponse<?> response) {
        assertThat(response.statusCode()).as("a redirect, answered " + response.statusCode() + ": " + response.body()).isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** A browser as far as cookies and redirects go: keeps its cookies, follows nothing by itself. */
    private final class Visitor {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(URI uri) {
            try {
                return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Start, provider, callback: the path Panel sends the browser to at the end. */
        String signIn() {
            URI callback = location(get(location(get(server.getURI().resolve(SingleSignOnServlet.START)))));
            return location(get(callback)).getPath();
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }
    }
}
