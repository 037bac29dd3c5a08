package dev.panel.scorecard;

import dev.panel.loop.LoopView;
import dev.panel.testing.Browser;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.TestDatabase;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session ends mid-interview, because Panel was restarted or because the interviewer was idle too long: after
 * signing in again they find the last autosave, and text the server never received is offered back from the browser.
 * Panel runs here as two application contexts, one after the other, on the same database and port.
 */
class RestartMidInterviewBrowserIT {

    private ApplicationContext panel;
    @RegisterExtension
    static final Browser browser = Browser.extension();

    @AfterEach
    void stop() {
        browser.close();
        if (panel != null && panel.isRunning()) {
            panel.close();
        }
    }

    @Test
    void after_a_restart_the_interviewer_signs_in_again_and_finds_the_last_autosave_and_the_text_typed_meanwhile() {
        panel = start(-1);
        int port = panel.getBean(EmbeddedServer.class).getPort();
        User interviewer = panel.getBean(LoopFixture.class).people(Role.INTERVIEWER).get(0);
        long interviewId = interviewOf(interviewer);
        browser.at(panel.getBean(EmbeddedServer.class).getURI());
        signIn(interviewer);
        browser.go("/interview/" + interviewId);
        WebElement notes = browser.waitFor(By.cssSelector(".question-card textarea"));
        notes.sendKeys("Before the restart.");
        browser.waiting().until(d -> storedNotes(interviewer, interviewId).equals("Before the restart."));

        panel.close();
        notes.sendKeys(" Typed while Panel was restarting.");
        panel = start(port);

        signIn(interviewer);
        browser.go("/interview/" + interviewId);
        browser.waitFor(By.id("browser-draft"));
        assertThat(notesOnPage()).isEqualTo("Before the restart.");
        browser.click(By.id("restore-draft"));
        browser.waiting().until(d -> storedNotes(interviewer, interviewId).equals("Before the restart. Typed while Panel was restarting."));
        assertThat(notesOnPage()).isEqualTo("Before the restart. Typed while Panel was restarting.");
        browser.waiting().until(d -> browser.script("return localStorage.length").equals(0L));
    }

    @Test
    void text_typed_after_the_session_ended_is_offered_back_after_signing_in_again_and_newer_saved_text_is_not_replaced_unasked() {
        panel = start(-1);
        User interviewer = panel.getBean(LoopFixture.class).people(Role.INTERVIEWER).get(0);
        long interviewId = interviewOf(interviewer);
        browser.at(panel.getBean(EmbeddedServer.class).getURI());
        signIn(interviewer);
        browser.go("/interview/" + interviewId);
        WebElement notes = browser.waitFor(By.cssSelector(".question-card textarea"));
        notes.sendKeys("Saved part.");
        browser.waiting().until(d -> storedNotes(interviewer, interviewId).equals("Saved part."));

        // The session ends on the server (as after the idle timeout): the browser's session cookie now points nowhere.
        browser.forgetSession();
        notes.sendKeys(" Typed after the session ended.");
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.script("return document.querySelector('.v-system-error') !== null")));
        assertThat(storedNotes(interviewer, interviewId)).isEqualTo("Saved part.");
        // Meanwhile the interviewer saved newer text elsewhere.
        ScorecardService scorecards = panel.getBean(ScorecardService.class);
        Scorecard card = scorecards.mine(Actor.of(interviewer), interviewId);
        scorecards.saveMine(Actor.of(interviewer), card.interviewId(), card.version(), new ScorecardContent(
                List.of(new Note(card.notes().get(0).questionId(), "Edited on the laptop.")), card.ratings(), card.recommendation()));

        signIn(interviewer);
        browser.go("/interview/" + interviewId);
        WebElement offer = browser.waitFor(By.id("browser-draft"));
        assertThat(offer.getText()).contains("not saved").contains("saved again after that");
        assertThat(notesOnPage()).isEqualTo("Edited on the laptop.");
        assertThat(storedNotes(interviewer, interviewId)).isEqualTo("Edited on the laptop.");

        browser.click(By.id("restore-draft"));
        browser.waiting().until(d -> storedNotes(interviewer, interviewId).equals("Saved part. Typed after the session ended."));
    }

    private static ApplicationContext start(int port) {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("panel.demo", "false");
        properties.put("micronaut.server.port", port);
        ApplicationContext context = ApplicationContext.run(properties, "test");
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        if (!server.isRunning()) {
            server.start();
        }
        return context;
    }

    private long interviewOf(User interviewer) {
        LoopView loop = panel.getBean(LoopFixture.class).openWithFirstStage(List.of(interviewer));
        return loop.interviews().get(0).interview().id();
    }

    private void signIn(User interviewer) {
        browser.signIn(interviewer);
    }

    private String notesOnPage() {
        return String.valueOf(browser.script("return document.querySelector('.question-card textarea').value"));
    }

    private String storedNotes(User interviewer, long interviewId) {
        Scorecard card = panel.getBean(ScorecardService.class).mine(Actor.of(interviewer), interviewId);
        return card.notes().isEmpty() ? "" : card.notes().get(0).text();
    }
}
