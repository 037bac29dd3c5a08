package dev.panel.loop.ui;

import dev.panel.candidate.Candidate;
import dev.panel.candidate.CandidateService;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopView;
import dev.panel.plan.PlanStage;
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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening a loop with an interview in the past or a panel short of its stage's count asks to confirm, naming each
 * problem; and the panel picker tells apart two people of one name.
 */
@MicronautTest(transactional = false)
class OpenLoopConcernsBrowserIT implements DatabaseTest {

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
    User samOne;
    User samTwo;

    @BeforeAll
    void people() {
        recruiter = fixture.people(Role.RECRUITER).get(0);
        String sam = Names.unique("Sam Lee");
        List<User> sams = users.createAll(List.of(
                new NewUser(Names.unique("slee"), sam, LoopFixture.PASSWORD, Set.of(Role.INTERVIEWER)),
                new NewUser(Names.unique("slee"), sam, LoopFixture.PASSWORD, Set.of(Role.INTERVIEWER))));
        samOne = sams.get(0);
        samTwo = sams.get(1);
        browser.signIn(recruiter);
    }

    @Test
    void a_time_in_the_past_and_a_short_panel_are_named_in_a_dialog_to_confirm_before_the_loop_opens() {
        PlanStage first = fixture.technicalLeadPlan().stages().get(0);
        assertThat(first.interviewers()).as("the first stage asks for more than one interviewer").isGreaterThan(1);
        Candidate candidate = candidates.create(Actor.of(recruiter), Names.unique("Past Candidate"), null);
        startOpening(candidate);

        WebElement stage = browser.driver().findElements(By.cssSelector(".loop-stage")).get(0);
        LocalDate past = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        stage.findElement(By.cssSelector(".interview-time input")).sendKeys(past.format(DateTimeFormatter.ofPattern("M/d/yyyy")), Keys.ENTER);
        stage.findElements(By.cssSelector(".interview-time input")).get(1).sendKeys("10:00", Keys.ENTER);
        pick(stage, samOne);
        browser.waiting().until(d -> stage.findElement(By.cssSelector(".panel-seats")).getText().startsWith("1 of "));

        browser.click(By.id("open-loop"));
        WebElement concerns = browser.waitFor(By.id("open-loop-concerns"));
        List<String> items = concerns.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        browser.screenshot("open-loop-concerns");
        assertThat(items).hasSize(2);
        assertThat(items.get(0)).startsWith(first.name() + " (stage 1): the time, ").contains("is in the past");
        assertThat(items.get(1)).isEqualTo(first.name() + " (stage 1): 1 of the " + first.interviewers() + " interviewers it asks for is picked.");

        browser.click(option("vaadin-button", "Go back and fix it"));
        browser.waiting().until(d -> d.findElements(By.id("open-loop-concerns")).isEmpty());
        assertThat(loopsOf(candidate)).as("going back opens nothing").isEmpty();
        assertThat(browser.path()).isEqualTo("/loops/new");

        browser.click(By.id("open-loop"));
        browser.waitFor(By.id("open-loop-concerns"));
        browser.click(option("vaadin-button", "Open it anyway"));
        browser.waitFor(By.id("loop-heading"));
        assertThat(loopsOf(candidate)).singleElement().satisfies(loop ->
                assertThat(loop.interviews().get(0).panelistIds()).containsExactly(samOne.id()));
    }

    @Test
    void two_people_of_one_name_are_told_apart_by_their_username_in_the_panel_picker() {
        startOpening(candidates.create(Actor.of(recruiter), Names.unique("Named Candidate"), null));
        WebElement stage = browser.driver().findElements(By.cssSelector(".loop-stage")).get(0);
        WebElement panel = stage.findElement(By.cssSelector(".interview-panel input"));

        panel.sendKeys(samOne.displayName());
        browser.waiting().until(d -> options(samOne.displayName()).size() == 2);
        assertThat(options(samOne.displayName())).containsExactlyInAnyOrder(
                samOne.displayName() + " (" + samOne.username() + ") · free", samTwo.displayName() + " (" + samTwo.username() + ") · free");

        panel.sendKeys(Keys.chord(Keys.CONTROL, "a"), samTwo.username());
        browser.waiting().until(d -> options(samOne.displayName()).size() == 1);
        assertThat(options(samOne.displayName())).containsExactly(samTwo.displayName() + " (" + samTwo.username() + ") · free");
        panel.sendKeys(Keys.ESCAPE);
    }

    private void startOpening(Candidate candidate) {
        browser.open("/loops/new");
        browser.waitForText(By.id("open-loop-heading"), "Open a loop");
        browser.waitFor(By.cssSelector("#loop-candidate input")).sendKeys(candidate.name());
        browser.click(option("vaadin-combo-box-item", candidate.name()));
        browser.driver().findElement(By.cssSelector("#loop-plan input")).sendKeys(fixture.technicalLeadPlan().name());
        browser.click(option("vaadin-combo-box-item", "Technical Lead · " + fixture.technicalLeadPlan().name()));
        browser.waitFor(By.cssSelector(".loop-stage"));
    }

    private void pick(WebElement stage, User person) {
        WebElement panel = stage.findElement(By.cssSelector(".interview-panel input"));
        panel.sendKeys(person.username());
        browser.click(option("vaadin-multi-select-combo-box-item", person.nameWithUsername()));
        panel.sendKeys(Keys.ESCAPE);
    }

    private List<String> options(String startingWith) {
        return browser.driver().findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> t.startsWith(startingWith)).toList();
    }

    private List<LoopView> loopsOf(Candidate candidate) {
        return loops.list(Actor.of(recruiter)).stream().filter(l -> l.loop().candidateId() == candidate.id()).toList();
    }

    private WebElement option(String tag, String startingWith) {
        return browser.waiting().until(d -> d.findElements(By.cssSelector(tag)).stream()
                .filter(e -> e.isDisplayed() && e.getText().startsWith(startingWith)).findFirst().orElse(null));
    }
}
