package dev.panel.loop.ui;

import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopView;
import dev.panel.outcome.HireOutcomes;
import dev.panel.outcome.OutcomeService;
import dev.panel.outcome.OutcomeView;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.HireFixture;
import dev.panel.testing.LoopFixture;
import dev.panel.user.Actor;
import dev.panel.user.DemoAccounts;
import dev.panel.user.DemoMode;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A recruiter records a hire's 90-day outcome, overall and for one competency, on the candidate's loop page. */
@MicronautTest(transactional = false)
class LaterOutcomesBrowserIT implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    UserService users;
    @Inject
    LoopFixture fixture;
    @Inject
    HireFixture hires;
    @Inject
    OutcomeService outcomes;

    @AutoClose
    Browser browser;

    @BeforeAll
    void openBrowser() {
        DemoAccounts.ensure(users);
        browser = Browser.open(server.getURI());
    }

    /** Sets a field's value as typed and sends it in one change, as the briefing's rule for Vaadin fields says. */
    private void type(WebElement field, String value) {
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, value);
    }

    @Test
    void a_recruiter_records_an_outcome_and_sees_it_listed() {
        List<User> people = fixture.people(Role.INTERVIEWER, Role.HIRING_MANAGER);
        LoopView hire = hires.hired(people.get(0), Actor.of(people.get(1)));
        FrozenPlan.Focus focus = hire.loop().planSnapshot().stages().get(0).focus().get(0);
        Actor recruiter = Actor.of(users.findByUsername("recruiter").orElseThrow());
        browser.signIn("recruiter", DemoMode.PASSWORD);
        browser.waitForText(By.id("home-heading"), "Recruiter home");

        browser.go("/loops/" + hire.loop().id());
        browser.waitFor(By.id("later-outcomes"));
        type(browser.waitFor(By.id("outcome-overall")), "4");
        type(browser.waitFor(By.cssSelector(".outcome-competency[data-competency='" + focus.competencyId() + "']")), "2");
        browser.waiting().until(d -> d.findElements(By.cssSelector("#outcome-employed vaadin-radio-button")).stream()
                .anyMatch(b -> b.getText().equals("Still employed")));
        browser.click(browser.driver().findElements(By.cssSelector("#outcome-employed vaadin-radio-button")).stream()
                .filter(b -> b.getText().equals("Still employed")).findFirst().orElseThrow());
        browser.screenshot("later-outcomes-form");
        browser.click(By.id("outcome-save"));

        browser.waiting().until(d -> d.findElements(By.cssSelector("#outcome-list .outcome")).size() == 2);
        WebElement list = browser.driver().findElement(By.id("outcome-list"));
        browser.script("arguments[0].scrollIntoView({block: 'start'});", list);
        browser.screenshot("later-outcomes-recorded");
        List<HireOutcomes> stored = outcomes.of(recruiter, hire.loop().candidateId());
        assertThat(stored.get(0).outcomes()).extracting(OutcomeView::checkpoint, OutcomeView::competency, OutcomeView::level,
                OutcomeView::stillEmployed).containsExactly(tuple("90-day review", null, 4, true), tuple("90-day review", focus.name(), 2, null));
        assertThat(String.valueOf(browser.script("return arguments[0].textContent", list))).contains("90-day review · overall: 4 of 5, still employed")
                .contains("90-day review · " + focus.name() + ": 2 of 5");
    }
}
