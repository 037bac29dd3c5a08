package dev.panel.scorecard;

import dev.panel.loop.LoopView;
import dev.panel.testing.Browser;
import dev.panel.testing.CuttableProxy;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An instance is stopped while an open page holds text it could not save (the database was away a moment): stopping
 * saves it. The browser is closed first, so the page's own retries cannot be what saves it; only the stopping
 * instance can, from the page it still holds.
 */
class ShutdownSavesHeldTextBrowserIT {

    private static final String HELD = " Typed while the database was away.";

    private CuttableProxy proxy;
    private ApplicationContext panel;
    private ApplicationContext after;
    @RegisterExtension
    static final Browser browser = Browser.extension();

    @AfterEach
    void stop() throws IOException {
        browser.close();
        for (ApplicationContext context : new ApplicationContext[]{panel, after}) {
            if (context != null && context.isRunning()) {
                context.close();
            }
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void stoppingTheInstanceSavesTheTextItsOpenPagesHeld() {
        assumeTrue(TestDatabase.isMySql(), "cutting the database needs a TCP connection to MySQL");
        panel = startBehindProxy();
        User interviewer = panel.getBean(LoopFixture.class).people(Role.INTERVIEWER).get(0);
        LoopView loop = panel.getBean(LoopFixture.class).openWithFirstStage(List.of(interviewer));
        long interviewId = loop.interviews().get(0).interview().id();
        browser.at(panel.getBean(EmbeddedServer.class).getURI());
        browser.signIn(interviewer);
        browser.go("/interview/" + interviewId);
        browser.waitFor(By.cssSelector(".question-card textarea")).sendKeys("Saved.");
        browser.waiting().until(d -> storedNotes(panel, interviewer, interviewId).equals("Saved."));
        browser.waiting().until(d -> "ok".equals(d.findElement(By.id("save-status")).getAttribute("data-state")));

        proxy.cut();
        // The rest of the text arrives at once, as when the interviewer leaves the field: one change, one request.
        browser.script("const field = document.querySelector('.question-card textarea'); field.value = arguments[0];"
                + " field.dispatchEvent(new Event('input', {bubbles: true})); field.dispatchEvent(new Event('change', {bubbles: true}));",
                "Saved." + HELD);
        // The status was "ok"; only the server's failed save of that text turns it to "failed".
        browser.waiting().until(d -> "failed".equals(d.findElement(By.id("save-status")).getAttribute("data-state")));
        // The laptop lid closes: no more requests from this page, but its UI stays open on the server.
        browser.close();
        proxy.restore();
        panel.close();

        after = start(TestDatabase.properties().get("datasources.default.url").toString());
        assertThat(storedNotes(after, interviewer, interviewId)).isEqualTo("Saved." + HELD);
    }

    private ApplicationContext startBehindProxy() {
        String url = TestDatabase.properties().get("datasources.default.url").toString();
        URI jdbc = URI.create(url.substring("jdbc:".length()));
        int port = jdbc.getPort() < 0 ? 3306 : jdbc.getPort();
        try {
            proxy = new CuttableProxy(jdbc.getHost(), port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(url.replace(jdbc.getHost() + ":" + port, "127.0.0.1:" + proxy.port()));
    }

    private static ApplicationContext start(String databaseUrl) {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("datasources.default.url", databaseUrl);
        properties.put("datasources.default.connection-timeout", "2000");
        properties.put("datasources.default.validation-timeout", "1000");
        properties.put("panel.demo", "false");
        properties.put("panel.notifications.background", "false");
        ApplicationContext context = ApplicationContext.run(properties, "test");
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        if (!server.isRunning()) {
            server.start();
        }
        return context;
    }

    private static String storedNotes(ApplicationContext context, User interviewer, long interviewId) {
        Scorecard card = context.getBean(ScorecardService.class).mine(Actor.of(interviewer), interviewId);
        return card.notes().isEmpty() ? "" : card.notes().get(0).text();
    }
}
