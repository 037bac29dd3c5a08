package dev.panel.security.sso;

import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.IdentityProvider;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import dev.panel.user.NewUser;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company that signs in with its identity provider only, in headless Chromium: one click on "Sign in with <name>"
 * lands a person on their home page; a refused sign-in says why on the login page; the break-glass admin still signs in
 * with a password, and nobody else can, on the page or through the API.
 */
@MicronautTest(transactional = false)
class SingleSignOnBrowserIT implements DatabaseTest {

    static final String PASSWORD = "panel-test-password";

    @AutoClose
    IdentityProvider provider;
    String breakGlassAdmin;

    @Inject
    EmbeddedServer server;
    @Inject
    UserService users;

    /** Each test signs in from a window of its own ({@link Browser#another()}). */
    @RegisterExtension
    static final Browser browsers = Browser.extension();

    @Override
    public Map<String, String> getProperties() {
        provider = IdentityProvider.start();
        breakGlassAdmin = Names.unique("break-glass");
        Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
        properties.putAll(provider.panelProperties());
        properties.put("panel.security.password-login", "false");
        properties.put("panel.security.break-glass-admin", breakGlassAdmin);
        return properties;
    }

    @Test
    void a_person_signs_in_with_one_click_and_lands_on_their_home_page() {
        String username = Names.unique("sam");
        provider.signsInNext("subject-" + username, IdentityProvider.person(username, "Sam Single", List.of("engineers")));
        try (Browser browser = browsers.another()) {
            browser.go("/login");
            browser.waitForText(By.id("sso-sign-in"), "Sign in with " + IdentityProvider.NAME);
            assertThat(browser.driver().findElement(By.id("vaadinLoginUsername")).isDisplayed()).as("the password form is folded away").isFalse();
            assertThat(shown(browser, "sso-failure")).isFalse();
            browser.screenshot("sso-login");

            browser.click(By.id("sso-sign-in"));

            browser.waitForText(By.id("signed-in-user"), "Sam Single · Interviewer");
            browser.waitForText(By.id("home-heading"), "My interviews");
            browser.screenshot("sso-signed-in");
        }
    }

    @Test
    void a_refused_sign_in_says_why_on_the_login_page_and_the_next_visit_does_not_repeat_it() {
        String username = Names.unique("taken");
        User owner = users.create(new NewUser(username, "Tara Taken", username + "@idp.example", PASSWORD, Set.of(Role.INTERVIEWER)));
        provider.signsInNext("subject-other-" + username, IdentityProvider.unverified(owner.email(), Names.unique("other"), "Otto Other"));
        try (Browser browser = browsers.another()) {
            browser.go("/login");
            browser.click(By.id("sso-sign-in"));

            browser.waitForText(By.id("sso-failure"), "A Panel account already uses " + owner.email()
                    + ", but your identity provider has not verified that address");
            assertThat(browser.path()).isEqualTo("/login");
            browser.screenshot("sso-refused");

            browser.go("/login");
            browser.waitFor(By.id("sso-sign-in"));
            assertThat(shown(browser, "sso-failure")).isFalse();
        }
    }

    @Test
    void the_break_glass_admin_signs_in_with_a_password_and_nobody_else_can() {
        users.create(new NewUser(breakGlassAdmin, "Bea Breakglass", PASSWORD, Set.of(Role.ADMIN)));
        User someone = users.create(new NewUser(Names.unique("someone"), "Sol Someone", PASSWORD, Set.of(Role.ADMIN)));

        HttpResponse<String> refused = new PanelClient(server.getURI()).postJson("/api/tokens",
                "{\"username\": \"" + someone.username() + "\", \"password\": \"" + PASSWORD + "\"}");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(new PanelClient(server.getURI()).as(breakGlassAdmin, PASSWORD)).isNotNull();

        try (Browser browser = browsers.another()) {
            typePassword(browser, someone.username());
            browser.waitFor(By.cssSelector("vaadin-login-form[error]"));
            assertThat(browser.path()).isEqualTo("/login");

            typePassword(browser, breakGlassAdmin);
            browser.waitForText(By.id("home-heading"), "Administration");
        }
    }

    private static boolean shown(Browser browser, String id) {
        return browser.driver().findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    private static void typePassword(Browser browser, String username) {
        browser.go("/login");
        browser.waitFor(By.id("break-glass"));
        browser.script("document.getElementById('break-glass').opened = true;");
        browser.waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        browser.driver().findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(PASSWORD);
        browser.driver().findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }
}
