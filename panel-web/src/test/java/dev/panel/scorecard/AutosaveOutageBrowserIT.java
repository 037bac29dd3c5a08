package dev.panel.scorecard;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditLog;
import dev.panel.candidate.CandidateService;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopOpening;
import dev.panel.loop.OpenLoop;
import dev.panel.plan.PlanService;
import dev.panel.role.RoleService;
import dev.panel.testing.Browser;
import dev.panel.testing.CuttableProxy;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.testing.TestDatabase;
import dev.panel.user.Actor;
import dev.panel.user.NewUser;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away while an interviewer types: the page says so at once, keeps the text, and
 * saves it when the database is back. The application reaches MySQL through a proxy the test can cut.
 */
@MicronautTest(transactional = false)
class AutosaveOutageBrowserIT implements DatabaseTest {

    static final String PASSWORD = "panel-test-password";
    @AutoClose
    static CuttableProxy proxy;

    @Inject
    UserService users;
    @Inject
    CandidateService candidates;
    @Inject
    RoleService roles;
    @Inject
    PlanService plans;
    @Inject
    LoopOpening loops;
    @Inject
    ScorecardService scorecards;

    @Inject
    AuditLog audit;

    @RegisterExtension
    static final Browser browser = Browser.extension();
    User interviewer;
    long interviewId;
    long submitInterviewId;
    FrozenPlan.Stage stage;

    @Override
    public Map<String, String> getProperties() {
        Assumptions.assumeTrue(TestDatabase.isMySql(), "cutting the database needs a TCP connection to MySQL");
        Map<String, String> properties = new java.util.HashMap<>(DatabaseTest.super.getProperties());
        URI jdbc = URI.create(properties.get("datasources.default.url").substring("jdbc:".length()));
        try {
            proxy = new CuttableProxy(jdbc.getHost(), jdbc.getPort() < 0 ? 3306 : jdbc.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.put("datasources.default.url", properties.get("datasources.default.url")
                .replace(jdbc.getHost() + ":" + (jdbc.getPort() < 0 ? 3306 : jdbc.getPort()), "127.0.0.1:" + proxy.port()));
        properties.put("datasources.default.connection-timeout", "2000");
        properties.put("datasources.default.validation-timeout", "1000");
        return properties;
    }

    @BeforeAll
    void openLoop() {
        interviewer = users.create(new NewUser(Names.unique("iv"), "Olu Outage", PASSWORD, Set.of(Role.INTERVIEWER)));
        Actor opener = Actor.of(users.create(new NewUser(Names.unique("rec"), "Rae", PASSWORD, Set.of(Role.RECRUITER))));
        long candidateId = candidates.create(opener, Names.unique("Candidate"), null).id();
        long planId = plans.published(roles.findBySlug("technical-lead").orElseThrow().role().id()).get(0).id();
        interviewId = loops.open(opener, new OpenLoop(candidateId, planId,
                List.of(new OpenLoop.Assignment(0, Instant.now(), List.of(interviewer.id()))))).interviews().get(0).interview().id();
        var second = loops.open(opener, new OpenLoop(candidates.create(opener, Names.unique("Candidate"), null).id(), planId,
                List.of(new OpenLoop.Assignment(0, Instant.now(), List.of(interviewer.id()))))).interviews().get(0);
        submitInterviewId = second.interview().id();
        stage = second.stage();
    }

    @Test
    void text_typed_while_the_database_is_down_is_kept_and_saved_when_it_returns() {
        signIn();
        browser.go("/interview/" + interviewId);
        WebElement notes = browser.waitFor(By.cssSelector(".question-card textarea"));
        notes.sendKeys("Before the outage.");
        browser.waiting().until(d -> storedNotes().equals("Before the outage."));

        proxy.cut();
        notes.sendKeys(" Typed while the database was away.");
        browser.waiting().until(d -> "failed".equals(d.findElement(By.id("save-status")).getAttribute("data-state")));
        assertThat(browser.script("return document.getElementById('save-status').textContent"))
                .asString().contains("Not saved yet").contains("Your text is still here");
        assertThat(notes.getAttribute("value")).isEqualTo("Before the outage. Typed while the database was away.");

        proxy.restore();
        browser.waiting().until(d -> storedNotes().equals("Before the outage. Typed while the database was away."));
        browser.waiting().until(d -> "ok".equals(d.findElement(By.id("save-status")).getAttribute("data-state")));
    }

    @Test
    void submitting_while_the_database_is_down_says_so_keeps_everything_and_submits_once_when_it_returns() {
        Actor me = Actor.of(interviewer);
        Scorecard draft = scorecards.mine(me, submitInterviewId);
        scorecards.saveMine(me, draft.interviewId(), draft.version(), LoopFixture.complete(stage, "Cut scope to ship on time."));
        signIn();
        browser.go("/interview/" + submitInterviewId);
        WebElement notes = browser.waitFor(By.cssSelector(".question-card textarea"));
        browser.waiting().until(d -> "ok".equals(d.findElement(By.id("save-status")).getAttribute("data-state")));

        proxy.cut();
        notes.sendKeys(" Typed just before submitting.");
        browser.click(By.id("submit-scorecard"));
        browser.click(By.id("confirm-submit"));
        browser.waiting().until(d -> String.valueOf(d.findElement(By.id("save-status")).getAttribute("textContent")).startsWith("Not submitted yet"));
        assertThat(browser.script("return Array.from(document.querySelectorAll('vaadin-notification-card')).map(c => c.textContent).join(' | ')"))
                .as("told beside the button, not only in the status line at the top").asString().contains("Not submitted yet");
        assertThat(browser.script("return document.getElementById('save-status').textContent")).asString()
                .contains("cannot reach its database").contains("submitted as soon as the database is back");
        assertThat(notes.getAttribute("value")).isEqualTo("Notes: Cut scope to ship on time. Typed just before submitting.");

        proxy.restore();
        browser.waiting().until(d -> "submitted".equals(d.findElement(By.id("save-status")).getAttribute("data-state")));
        Scorecard stored = scorecards.mine(me, submitInterviewId);
        assertThat(stored.state()).isEqualTo(ScorecardState.SUBMITTED);
        assertThat(stored.notes().get(0).text()).isEqualTo("Notes: Cut scope to ship on time. Typed just before submitting.");
        assertThat(audit.about("scorecard:" + stored.id())).extracting(AuditEvent::action).containsOnlyOnce("scorecard.submitted");
    }

    private void signIn() {
        browser.forgetSession();
        browser.signIn(interviewer);
    }

    private String storedNotes() {
        try {
            Scorecard card = scorecards.mine(Actor.of(interviewer), interviewId);
            return card.notes().isEmpty() ? "" : card.notes().get(0).text();
        } catch (RuntimeException databaseStillDown) {
            return "";
        }
    }
}
