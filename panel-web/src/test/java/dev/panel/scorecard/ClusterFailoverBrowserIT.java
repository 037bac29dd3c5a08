package dev.panel.scorecard;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditLog;
import dev.panel.loop.LoopView;
import dev.panel.testing.Browser;
import dev.panel.testing.Haproxy;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.PanelProcess;
import dev.panel.testing.TestDatabase;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two Panel processes on one database behind HAProxy with the shipped configuration. The instance serving an
 * interviewer is killed (SIGKILL) while they type: they sign in again, now on the other instance, find every
 * character (the last autosave from the database, what they typed as it died from their browser), and submit once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterFailoverBrowserIT {

    private static final String SAVED = "Saved before the kill.";
    private static final String TYPED_AS_IT_DIED = " Typed as the instance died.";

    private ApplicationContext fixtures;
    private final Map<String, PanelProcess> instances = new HashMap<>();
    private Haproxy haproxy;
    @RegisterExtension
    static final Browser browser = Browser.extension();

    @BeforeAll
    void startCluster() {
        assumeTrue(TestDatabase.isMySql(), "two instances need a shared database server (MariaDB/MySQL)");
        assumeTrue(Haproxy.installed() || "true".equalsIgnoreCase(System.getenv("PANEL_REQUIRE_MYSQL")), "haproxy is not installed here");
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("panel.demo", "false");
        properties.put("panel.notifications.background", "false");
        fixtures = ApplicationContext.run(properties, "test");
        int first = PanelProcess.freePort();
        int second = PanelProcess.freePort();
        instances.put("panel1", PanelProcess.start(first, Map.of("PANEL_SHUTDOWN_DRAIN_DELAY", "0s")));
        instances.put("panel2", PanelProcess.start(second, Map.of("PANEL_SHUTDOWN_DRAIN_DELAY", "0s")));
        haproxy = Haproxy.start(PanelProcess.freePort(), first, second);
    }

    @AfterAll
    void stopCluster() {
        browser.close();
        if (haproxy != null) {
            haproxy.close();
        }
        instances.values().forEach(PanelProcess::close);
        if (fixtures != null) {
            fixtures.close();
        }
    }

    @Test
    void theInterviewerWhoseInstanceDiesSignsInOnTheOtherFindsEveryCharacterAndSubmitsOnce() {
        User interviewer = fixtures.getBean(LoopFixture.class).people(Role.INTERVIEWER).get(0);
        LoopView loop = fixtures.getBean(LoopFixture.class).openWithFirstStage(List.of(interviewer));
        long interviewId = loop.interviews().get(0).interview().id();
        browser.at(haproxy.uri());
        signInAndOpen(interviewer, interviewId);
        WebElement notes = browser.waitFor(By.cssSelector(".question-card textarea"));
        notes.sendKeys(SAVED);
        browser.waiting().until(d -> storedNotes(interviewer, interviewId).equals(SAVED));

        String serving = browser.cookie("PANELNODE");
        assertThat(instances).as("HAProxy's cookie names the instance serving this browser").containsKey(serving);
        instances.get(serving).kill();
        notes.sendKeys(TYPED_AS_IT_DIED);
        // The page keeps a copy of unsaved text in the browser on every keystroke; no server has this text.
        browser.waiting().until(d -> String.valueOf(browser.script("return JSON.stringify(localStorage)")).contains(TYPED_AS_IT_DIED.strip()));
        assertThat(storedNotes(interviewer, interviewId)).isEqualTo(SAVED);

        signInAndOpen(interviewer, interviewId);
        assertThat(browser.cookie("PANELNODE")).as("now served by the other instance").isNotEqualTo(serving).isIn(instances.keySet());
        browser.waitFor(By.id("browser-draft"));
        browser.screenshot("cluster-failover-text-offered-back");
        assertThat(notesOnPage()).as("the last autosave, from the database").isEqualTo(SAVED);
        browser.click(By.id("restore-draft"));
        browser.waiting().until(d -> storedNotes(interviewer, interviewId).equals(SAVED + TYPED_AS_IT_DIED));

        for (WebElement field : browser.driver().findElements(By.cssSelector(".rating-field"))) {
            browser.click(field.findElements(By.tagName("vaadin-radio-button")).get(2));
            field.findElement(By.tagName("textarea")).sendKeys("Evidence written after the failover.");
        }
        browser.click(browser.driver().findElements(By.cssSelector("#recommendation vaadin-radio-button")).get(3));
        browser.waiting().until(d -> {
            Scorecard card = scorecards().mine(Actor.of(interviewer), interviewId);
            return card.recommendation() != null && card.ratings().stream().allMatch(r -> "Evidence written after the failover.".equals(r.evidence()));
        });
        browser.doubleClick(By.id("submit-scorecard"));
        browser.doubleClick(By.id("confirm-submit"));
        browser.waiting().until(d -> "submitted".equals(d.findElement(By.id("save-status")).getAttribute("data-state")));

        Scorecard submitted = scorecards().mine(Actor.of(interviewer), interviewId);
        assertThat(submitted.isSubmitted()).isTrue();
        assertThat(submitted.notes().get(0).text()).isEqualTo(SAVED + TYPED_AS_IT_DIED);
        assertThat(fixtures.getBean(AuditLog.class).about("scorecard:" + submitted.id())).extracting(AuditEvent::action)
                .as("submitted exactly once").containsOnlyOnce("scorecard.submitted");
    }

    private void signInAndOpen(User interviewer, long interviewId) {
        browser.signIn(interviewer);
        browser.go("/interview/" + interviewId);
    }

    private ScorecardService scorecards() {
        return fixtures.getBean(ScorecardService.class);
    }

    private String notesOnPage() {
        return String.valueOf(browser.script("return document.querySelector('.question-card textarea').value"));
    }

    private String storedNotes(User interviewer, long interviewId) {
        Scorecard card = scorecards().mine(Actor.of(interviewer), interviewId);
        return card.notes().isEmpty() ? "" : card.notes().get(0).text();
    }

}
