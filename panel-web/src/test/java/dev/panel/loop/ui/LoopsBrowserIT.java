package dev.panel.loop.ui;

import dev.panel.candidate.CandidateService;
import dev.panel.loop.HiringLoop;
import dev.panel.loop.InterviewView;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.user.Actor;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A recruiter opens a loop, picks times and interviewers by their load, and follows which scorecards are in. */
@MicronautTest(transactional = false)
class LoopsBrowserIT implements DatabaseTest {

    @Inject
    LoopFixture fixture;
    @Inject
    UserService users;
    @Inject
    LoopService loops;
    @Inject
    CandidateService candidates;

    @RegisterExtension
    static final Browser browser = Browser.extension();
    User recruiter;
    User busy;
    User free;

    @BeforeAll
    void open() {
        recruiter = fixture.people(Role.RECRUITER).get(0);
        List<User> interviewers = users.createAll(List.of(
                new NewUser(Names.unique("busy"), Names.unique("Busy Bee"), LoopFixture.PASSWORD, Set.of(Role.INTERVIEWER)),
                new NewUser(Names.unique("free"), Names.unique("Free Finch"), LoopFixture.PASSWORD, Set.of(Role.INTERVIEWER))));
        busy = interviewers.get(0);
        free = interviewers.get(1);
        browser.signIn(recruiter);
    }

    @Test
    void a_recruiter_opens_a_loop_for_a_new_candidate_and_assigns_interviewers_seeing_their_load() {
        fixture.open(List.of(new OpenLoop.Assignment(0, Instant.now().plus(2, ChronoUnit.DAYS), List.of(busy.id()))));

        browser.go("/loops");
        browser.click(By.id("open-a-loop"));
        browser.waitForText(By.id("open-loop-heading"), "Open a loop");

        browser.click(By.id("new-candidate"));
        String name = Names.unique("Grace Candidate");
        browser.waitFor(By.cssSelector("#new-candidate-name input")).sendKeys(name);
        browser.driver().findElement(By.cssSelector("#new-candidate-email input")).sendKeys("not-an-address");
        browser.click(By.id("add-candidate"));
        browser.waitForText(By.id("new-candidate-problem"), "'not-an-address' is not an email address.");
        WebElement email = browser.driver().findElement(By.cssSelector("#new-candidate-email input"));
        email.sendKeys(Keys.chord(Keys.CONTROL, "a"), "grace@example.org");
        browser.click(By.id("add-candidate"));
        browser.waiting().until(d -> String.valueOf(browser.script("return document.querySelector('#loop-candidate input').value")).startsWith(name));

        String plan = fixture.technicalLeadPlan().name();
        WebElement planInput = browser.driver().findElement(By.cssSelector("#loop-plan input"));
        planInput.sendKeys(plan);
        browser.click(option("vaadin-combo-box-item", "Technical Lead · " + plan));
        browser.waitFor(By.cssSelector(".loop-stage"));

        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        WebElement firstStage = browser.driver().findElements(By.cssSelector(".loop-stage")).get(0);
        WebElement date = firstStage.findElement(By.cssSelector(".interview-time vaadin-date-time-picker-date-picker input, .interview-time input"));
        date.sendKeys(day.format(DateTimeFormatter.ofPattern("M/d/yyyy")), Keys.ENTER);
        WebElement time = firstStage.findElements(By.cssSelector(".interview-time input")).get(1);
        time.sendKeys("10:00", Keys.ENTER);

        WebElement panel = firstStage.findElement(By.cssSelector(".interview-panel input"));
        panel.sendKeys(busy.displayName());
        WebElement busyOption = option("vaadin-multi-select-combo-box-item", busy.displayName());
        assertThat(busyOption.getText()).isEqualTo(busy.displayName() + " · 1 upcoming");
        browser.click(busyOption);
        panel.sendKeys(Keys.chord(Keys.CONTROL, "a"), free.displayName());
        WebElement freeOption = option("vaadin-multi-select-combo-box-item", free.displayName());
        assertThat(freeOption.getText()).isEqualTo(free.displayName() + " · free");
        browser.click(freeOption);
        panel.sendKeys(Keys.ESCAPE);
        browser.waiting().until(d -> firstStage.findElement(By.cssSelector(".panel-seats")).getText().startsWith("2 of "));

        browser.click(By.id("open-loop"));
        browser.waiting().withMessage(() -> "the page says: " + browser.script(
                        "return Array.from(document.querySelectorAll('vaadin-notification-card')).map(e => e.innerText).join(' | ')"))
                .until(d -> d.findElements(By.id("loop-heading")).stream().anyMatch(e -> e.getText().equals(name)));
        long loopId = Long.parseLong(browser.path().substring("/loops/".length()));
        LoopView opened = loops.get(new Actor(recruiter.id(), recruiter.username(), recruiter.roles()), loopId);
        InterviewView first = opened.interviews().get(0);
        assertThat(candidates.get(opened.loop().candidateId()).email()).isEqualTo("grace@example.org");
        assertThat(first.interview().scheduledAt()).isEqualTo(day.atTime(10, 0).toInstant(ZoneOffset.UTC));
        assertThat(first.panelistIds()).containsExactlyInAnyOrder(busy.id(), free.id());
        assertThat(opened.interviews().subList(1, opened.interviews().size())).allMatch(i -> i.panelistIds().isEmpty());
        browser.waitForText(By.id("loop-summary"), "0 of 2 scorecards in.");

        WebElement second = browser.driver().findElements(By.cssSelector(".loop-interview")).get(1);
        browser.click(second.findElement(By.cssSelector(".change-panel")));
        WebElement secondPanel = browser.waitFor(By.cssSelector(".loop-interview[data-stage='1'] .interview-panel input"));
        secondPanel.sendKeys(free.displayName());
        browser.click(option("vaadin-multi-select-combo-box-item", free.displayName()));
        secondPanel.sendKeys(Keys.ESCAPE);
        browser.click(By.cssSelector(".loop-interview[data-stage='1'] .save-panel"));
        browser.waiting().until(d -> d.findElement(By.id("loop-summary")).getAttribute("textContent").equals("0 of 3 scorecards in."));
        assertThat(loops.get(new Actor(recruiter.id(), recruiter.username(), recruiter.roles()), loopId).interviews().get(1).panelistIds())
                .containsExactly(free.id());
    }

    @Test
    void a_missing_scorecard_a_day_after_its_interview_shows_as_overdue() {
        HiringLoop late = fixture.open(List.of(new OpenLoop.Assignment(0, Instant.now().minus(3, ChronoUnit.DAYS), List.of(busy.id())))).loop();

        browser.go("/loops/" + late.id());
        browser.waitForText(By.id("loop-summary"), "0 of 1 scorecards in, 1 overdue.");
        WebElement state = browser.waitFor(By.cssSelector(".loop-interview[data-stage='0'] .scorecard-state"));
        assertThat(state.getAttribute("data-state")).isEqualTo("overdue");
        assertThat(state.getText()).startsWith("not started, overdue since");
        browser.go("/loops");
        browser.waitFor(By.cssSelector("#loop-overview .loop-line"));
        assertThat(browser.driver().findElements(By.cssSelector("#loop-overview .loop-progress")))
                .anyMatch(e -> e.getText().equals("0 of 1 scorecards in, 1 overdue"));
    }

    private WebElement option(String tag, String startingWith) {
        return browser.waiting().until(d -> d.findElements(By.cssSelector(tag)).stream()
                .filter(e -> e.isDisplayed() && e.getText().startsWith(startingWith)).findFirst().orElse(null));
    }
}
