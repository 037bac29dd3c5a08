package dev.panel.app.server;

import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.user.DemoAccounts;
import dev.panel.user.DemoMode;
import dev.panel.user.UserService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers are on the UI's responses, and Vaadin in production mode works under the
 * Content-Security-Policy: every main view opens in headless Chromium without one violation in the console.
 */
@MicronautTest(transactional = false)
class SecurityHeadersBrowserIT implements DatabaseTest {

    /** Every page in the side navigation of an admin, who may open them all. */
    private static final List<String> MAIN_VIEWS = List.of("/admin", "/admin/audit", "/hiring", "/interviews", "/recruiting",
            "/loops", "/loops/new", "/drills", "/library/competencies", "/library/questions");

    @Inject
    EmbeddedServer server;
    @Inject
    UserService users;

    @RegisterExtension
    static final Browser browser = Browser.extension();

    @BeforeAll
    void openBrowser() {
        DemoAccounts.ensure(users);
    }

    @Test
    void pages_are_sent_with_a_content_security_policy_and_refuse_sniffing_framing_and_full_referrers() throws IOException, InterruptedException {
        HttpResponse<Void> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.getURI().resolve("/login")).GET().build(), HttpResponse.BodyHandlers.discarding());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("*");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("X-Request-Id")).get().asString().hasSizeGreaterThanOrEqualTo(8);
        // Without PANEL_SECURE_COOKIES on plain HTTP the cookie cannot be Secure, or the browser would never send it back.
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("PANELSESSION=")).findFirst().orElseThrow();
        assertThat(cookie.toLowerCase()).contains("; httponly", "; samesite=lax").doesNotContain("secure");
    }

    @Test
    void every_main_view_works_under_the_policy_and_a_foreign_script_is_refused() {
        browser.signIn("admin", DemoMode.PASSWORD);
        browser.waitForText(By.id("home-heading"), "Administration");
        List<String> violations = new ArrayList<>();
        for (String view : MAIN_VIEWS) {
            browser.go(view);
            browser.waitForPath(view);
            browser.waitFor(By.tagName("h1"));
            browser.consoleMessages().stream().filter(SecurityHeadersBrowserIT::isViolation)
                    .map(message -> view + ": " + message).forEach(violations::add);
        }
        browser.screenshot("last-main-view-under-csp");
        assertThat(violations).isEmpty();

        // The same console does report a violation: a script from elsewhere is refused before it is fetched.
        browser.script("const s = document.createElement('script'); s.src = 'https://cdn.example.org/x.js'; document.head.appendChild(s);");
        browser.waiting().until(d -> browser.consoleMessages().stream().anyMatch(SecurityHeadersBrowserIT::isViolation));
    }

    private static boolean isViolation(String consoleMessage) {
        return consoleMessage.contains("Content Security Policy");
    }

}
