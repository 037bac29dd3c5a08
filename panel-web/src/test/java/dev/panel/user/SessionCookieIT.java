package dev.panel.user;

import dev.panel.testing.DatabaseTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a proxy that ends TLS, PANEL_SECURE_COOKIES=true marks the session cookie Secure, besides HttpOnly and SameSite. */
@MicronautTest(transactional = false)
@Property(name = "panel.session.secure-cookies", value = "true")
class SessionCookieIT implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Test
    void the_session_cookie_is_secure_http_only_and_same_site_lax() throws IOException, InterruptedException {
        HttpResponse<Void> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.getURI().resolve("/login")).GET().build(), HttpResponse.BodyHandlers.discarding());

        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PANELSESSION=")).findFirst().orElseThrow();
        assertThat(cookie.toLowerCase()).contains("; secure", "; httponly", "; samesite=lax");
    }
}
