package dev.panel.loop.ui;

import dev.panel.loop.HiringLoop;
import dev.panel.loop.LoopService;
import dev.panel.loop.OpenLoop;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.user.Actor;
import dev.panel.user.MyAccountService;
import dev.panel.user.NewUser;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recruiter in Berlin (en-GB) schedules an interviewer in New York (en-US): each reads the interview on their own
 * clock, and the recruiter sees the interviewer's beside their own. Berlin is on summer time from 29 March 2026.
 */
@MicronautTest(transactional = false)
class TimeZonesBrowserIT implements DatabaseTest {

    /** Monday 30 March 2026, 15:00 in Berlin (CEST, UTC+2), 09:00 in New York (EDT, UTC-4). */
    static final Instant MONDAY = Instant.parse("2026-03-30T13:00:00Z");

    @Inject
    LoopFixture fixture;
    @Inject
    UserService users;
    @Inject
    MyAccountService accounts;
    @Inject
    LoopService loops;

    @RegisterExtension
    static final Browser browser = Browser.extension();
    User recruiter;
    User dana;

    @BeforeAll
    void people() {
        List<User> created = users.createAll(List.of(
                new NewUser(Names.unique("berlin"), Names.unique("Bea Berlin"), LoopFixture.PASSWORD, Set.of(Role.RECRUITER)),
                new NewUser(Names.unique("newyork"), Names.unique("Dana York"), LoopFixture.PASSWORD, Set.of(Role.INTERVIEWER))));
        recruiter = livingIn(created.get(0), "Europe/Berlin", "en-GB");
        dana = livingIn(created.get(1), "America/New_York", "en-US");
    }

    private User livingIn(User user, String zone, String locale) {
        return accounts.updateProfile(Actor.of(user), user.displayName(), user.email(), zone, locale);
    }

    @Test
    void a_berlin_recruiter_and_a_new_york_interviewer_each_read_the_interview_on_their_own_clock() {
        HiringLoop loop = fixture.open(List.of(new OpenLoop.Assignment(0, MONDAY, List.of(dana.id())))).loop();
        browser.signIn(recruiter);

        browser.go("/loops/" + loop.id());
        String stage = ".loop-interview[data-stage='0']";
        browser.waiting().until(d -> d.findElement(By.cssSelector(stage + " .interview-when")).getText()
                .startsWith("Mon 30 Mar 2026, 15:00 CEST"));
        WebElement panelist = browser.waitFor(By.cssSelector(stage + " .panelist"));
        assertThat(panelist.getAttribute("data-their-time")).isEqualTo("09:00 America/New_York");
        assertThat(panelist.getText()).startsWith(dana.displayName() + " (09:00 America/New_York): ");
        browser.screenshot("time-zones-loop-berlin");

        browser.click(By.cssSelector(stage + " .change-panel"));
        WebElement picker = browser.waitFor(By.cssSelector(stage + " .interview-time"));
        assertThat(picker.getAttribute("label")).isEqualTo("Time (Europe/Berlin)");
        browser.waitForText(By.cssSelector(stage + " .interviewer-time"), dana.displayName() + ": 09:00 America/New_York");

        // under en-GB the day comes first: 10/12/2026 is 10 December, when Berlin is UTC+1 and New York UTC-5
        WebElement date = picker.findElements(By.cssSelector("input")).get(0);
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "10/12/2026", Keys.ENTER);
        WebElement time = picker.findElements(By.cssSelector("input")).get(1);
        time.sendKeys(Keys.chord(Keys.CONTROL, "a"), "16:00", Keys.ENTER);
        browser.waitForText(By.cssSelector(stage + " .interviewer-time"), dana.displayName() + ": 10:00 America/New_York");
        browser.screenshot("time-zones-picker-berlin");
        browser.click(By.cssSelector(stage + " .save-panel"));
        browser.waiting().until(d -> d.findElement(By.cssSelector(stage + " .interview-when")).getText()
                .startsWith("Thu 10 Dec 2026, 16:00 CET"));
        assertThat(loops.get(Actor.of(recruiter), loop.id()).interviews().get(0).interview().scheduledAt())
                .isEqualTo(Instant.parse("2026-12-10T15:00:00Z"));

        browser.forgetSession();
        browser.signIn(dana);
        browser.go("/interviews");
        WebElement upcoming = browser.waitFor(By.id("upcoming"));
        assertThat(upcoming.getText().replace('\u202f', ' ')).contains("Thu Dec 10, 2026, 10:00 AM EST");
        browser.screenshot("time-zones-my-interviews-new-york");
    }
}
