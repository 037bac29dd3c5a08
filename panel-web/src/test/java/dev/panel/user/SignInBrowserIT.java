package dev.panel.user;

import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out in headless Chromium, as each demo role. */
@MicronautTest(transactional = false)
class SignInBrowserIT implements DatabaseTest {

    private static final Map<Role, String> HOME_HEADINGS = Map.of(
            Role.ADMIN, "Administration",
            Role.HIRING_MANAGER, "Hiring manager home",
            Role.INTERVIEWER, "My interviews",
            Role.RECRUITER, "Recruiter home");
    private static final Map<Role, String> HOME_PATHS = Map.of(
            Role.ADMIN, "/admin",
            Role.HIRING_MANAGER, "/hiring",
            Role.INTERVIEWER, "/interviews",
            Role.RECRUITER, "/recruiting");

    @Inject
    UserService users;

    @RegisterExtension
    static final Browser browser = Browser.extension();

    @BeforeAll
    void openBrowser() {
        DemoAccounts.ensure(users);
    }

    @BeforeEach
    void startSignedOut() {
        browser.forgetSession();
    }

    static Stream<DemoAccounts.Account> demoAccounts() {
        return DemoAccounts.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoAccounts")
    void each_demo_account_signs_in_and_lands_on_its_roles_home_page(DemoAccounts.Account account) {
        browser.signIn(account.username(), DemoMode.PASSWORD);

        browser.waitForText(By.id("home-heading"), HOME_HEADINGS.get(account.role()));
        assertThat(browser.path()).isEqualTo(HOME_PATHS.get(account.role()));
        assertThat(browser.waitFor(By.id("signed-in-user")).getText()).contains(account.displayName());
    }

    @Test
    void a_wrong_password_shows_the_generic_error_and_signs_nobody_in() {
        browser.signIn("interviewer.a", "not-the-password");

        browser.waiting().until(d -> browser.script(
                "return document.querySelector('vaadin-login-form').hasAttribute('error')").equals(Boolean.TRUE));
        String shown = (String) browser.script("return document.querySelector('vaadin-login-form-wrapper').innerText "
                + "+ ' ' + document.querySelector('vaadin-login-form-wrapper').shadowRoot.textContent");
        assertThat(shown).contains(LoginResult.REFUSED_MESSAGE);
        assertThat(browser.path()).isEqualTo("/login");

        browser.go("/interviews");
        browser.waitForPath("/login");
    }

    @Test
    void signing_in_gives_the_browser_a_new_session_id() {
        browser.go("/login");
        browser.waitFor(By.cssSelector("#vaadinLoginUsername input"));
        String before = browser.cookie("PANELSESSION");
        assertThat(before).as("a session exists before login").isNotBlank();

        browser.signIn("recruiter", DemoMode.PASSWORD);
        browser.waitForText(By.id("home-heading"), "Recruiter home");

        assertThat(browser.cookie("PANELSESSION")).isNotBlank().isNotEqualTo(before);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in_and_an_interviewer_cannot_open_administration() {
        browser.go("/admin");
        browser.waitForPath("/login");

        browser.signIn("interviewer.b", DemoMode.PASSWORD);
        browser.waitForText(By.id("home-heading"), "My interviews");
        browser.go("/admin");

        browser.waitFor(By.tagName("body"));
        browser.waitForText(By.id("error-heading"), "Not allowed");
        assertThat(browser.driver().findElements(By.id("home-heading"))).isEmpty();
    }

    @Test
    void signing_out_closes_the_session() {
        browser.signIn("hiring.manager", DemoMode.PASSWORD);
        browser.waitForText(By.id("home-heading"), "Hiring manager home");

        browser.waitFor(By.id("sign-out")).click();
        browser.waitForPath("/login");

        browser.go("/hiring");
        browser.waitForPath("/login");
    }
}
