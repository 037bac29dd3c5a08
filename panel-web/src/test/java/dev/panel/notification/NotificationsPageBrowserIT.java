package dev.panel.notification;

import dev.panel.loop.OpenLoop;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin on a Panel without mail reads that notifications are kept, not sent; finds a failed one with the server's
 * reason, and puts it back in the queue.
 */
@MicronautTest(transactional = false)
class NotificationsPageBrowserIT implements DatabaseTest {

    private static final String REFUSAL = "The mail server refused it (550): 5.1.1 User unknown";

    @Inject
    LoopFixture fixture;
    @Inject
    NotificationRepository notifications;
    @Inject
    Clock clock;
    @Inject
    NotificationPreferences preferences;

    @RegisterExtension
    static final Browser browser = Browser.extension();

    @Test
    void an_admin_sees_that_mail_is_off_finds_a_failed_notification_with_its_reason_and_retries_it() {
        User interviewer = fixture.people(Role.INTERVIEWER).get(0);
        fixture.open(List.of(new OpenLoop.Assignment(0, clock.instant().plus(Duration.ofDays(3)), List.of(interviewer.id()))));
        Notification invitation = notifications.findByRecipientIdOrderById(interviewer.id()).get(0);
        notifications.update(new Notification(invitation.id(), invitation.eventKey(), invitation.recipientId(), invitation.kind(),
                invitation.loopId(), invitation.interviewId(), invitation.facts(), NotificationStatus.FAILED, 1,
                invitation.nextAttemptAt(), null, REFUSAL, invitation.createdAt(), null));
        User admin = fixture.people(Role.ADMIN).get(0);

        signIn(admin);
        browser.waitFor(By.id("home-heading"));
        browser.go("/admin/notifications");
        browser.waitForText(By.id("home-heading"), "Notifications");
        assertThat(browser.waitFor(By.id("mail-not-configured")).getText()).startsWith("Mail is not configured");
        assertThat(browser.waitFor(By.id("notification-counts")).getText()).matches("\\d+ waiting · \\d+ sent · [1-9]\\d* failed");

        browser.click(By.id("notification-status"));
        WebElement failedOnly = browser.waiting().until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().equals("Failed")).findFirst().orElse(null));
        browser.click(failedOnly);
        browser.waiting().until(d -> String.valueOf(browser.script("return document.querySelector('#notification-grid').innerText"))
                .contains(interviewer.email()));
        String grid = String.valueOf(browser.script("return document.querySelector('#notification-grid').innerText"));
        assertThat(grid).contains("Put on a panel").contains(REFUSAL);
        browser.screenshot("notifications-failed");

        WebElement retry = browser.waiting().until(d -> d.findElements(By.cssSelector(".notification-retry")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        browser.click(retry);
        browser.waiting().until(d -> notifications.findById(invitation.id()).orElseThrow().status() == NotificationStatus.WAITING
                || d.findElements(By.cssSelector("vaadin-notification-card")).stream().anyMatch(e -> e.getText().startsWith("Queued again")));
        Notification retried = notifications.findById(invitation.id()).orElseThrow();
        assertThat(retried.status()).isEqualTo(NotificationStatus.WAITING);
        assertThat(retried.attempts()).isZero();
    }

    @Test
    void on_my_account_a_person_turns_reminders_off_and_makes_a_calendar_feed_address() {
        User interviewer = fixture.people(Role.INTERVIEWER).get(0);
        signIn(interviewer);
        browser.waitFor(By.id("home-heading"));
        browser.go("/account");
        browser.click(By.id("me-reminders"));
        browser.waiting().until(d -> !preferences.of(dev.panel.user.Actor.of(interviewer)).reminders());
        browser.click(By.id("me-make-feed"));
        browser.waiting().until(d -> String.valueOf(browser.script("return (document.querySelector('#me-feed-address') || {}).value"))
                .matches("http://[^/]+/api/calendar/[A-Za-z0-9_-]{20,}\\.ics"));
        browser.script("document.querySelector('#me-make-feed').scrollIntoView()");
        browser.screenshot("my-account-notifications");
        assertThat(preferences.of(dev.panel.user.Actor.of(interviewer))).isEqualTo(new NotificationChoices(false, true, true));
    }

    private void signIn(User person) {
        browser.signIn(person);
    }
}
