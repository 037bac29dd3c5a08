package dev.panel.user;

import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A copied session cookie opens pages only while its session lives: signing out and idle expiry both end it.
 * The idle timeout is shortened to a few seconds for this test.
 */
@MicronautTest(transactional = false)
@Property(name = "panel.session.idle-timeout", value = SessionLifetimeBrowserIT.IDLE_SECONDS + "s")
class SessionLifetimeBrowserIT implements DatabaseTest {

    static final String IDLE_SECONDS = "6";
    private static final String COOKIE = "PANELSESSION";

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

    @Test
    void the_cookie_of_a_signed_out_session_no_longer_opens_a_page() {
        String cookie = signInAsHiringManager();
        browser.useSessionCookie(COOKIE, cookie);
        browser.go("/hiring");
        browser.waitForText(By.id("home-heading"), "Hiring manager home");

        browser.click(By.id("sign-out"));
        browser.waitForPath("/login");
        browser.useSessionCookie(COOKIE, cookie);
        browser.go("/hiring");

        browser.waitForPath("/login");
        assertThat(browser.driver().findElements(By.id("home-heading"))).isEmpty();
    }

    @Test
    void the_cookie_of_a_session_left_idle_past_the_timeout_no_longer_opens_a_page() throws InterruptedException {
        String cookie = signInAsHiringManager();
        browser.forgetSession();
        browser.go("/login");
        browser.waitFor(By.cssSelector("#vaadinLoginUsername input"));

        // Waiting out the idle timeout is what is tested here; nothing touches the old session meanwhile.
        Thread.sleep(Duration.ofSeconds(Long.parseLong(IDLE_SECONDS) + 3).toMillis());
        browser.useSessionCookie(COOKIE, cookie);
        browser.go("/hiring");

        browser.waitForPath("/login");
        assertThat(browser.driver().findElements(By.id("home-heading"))).isEmpty();
    }

    private String signInAsHiringManager() {
        browser.signIn("hiring.manager", DemoMode.PASSWORD);
        browser.waitForText(By.id("home-heading"), "Hiring manager home");
        return browser.cookie(COOKIE);
    }
}
