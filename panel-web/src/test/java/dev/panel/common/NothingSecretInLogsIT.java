package dev.panel.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopView;
import dev.panel.scorecard.Note;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.testing.ScorecardCalls;
import dev.panel.testing.SignedIn;
import dev.panel.user.Role;
import dev.panel.user.UserService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong passwords and note text never reach the logs, with Panel's own loggers at DEBUG: the whole log output of a
 * failed sign-in (through the API and the service the login page uses), an autosave, a stale autosave and a refused
 * submission is captured and searched for them.
 */
@MicronautTest(transactional = false)
class NothingSecretInLogsIT implements DatabaseTest {

    @Inject
    ApiUsers users;
    @Inject
    UserService accounts;
    @Inject
    LoopFixture fixture;
    @Inject
    ApiJson json;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;
    private Level rootLevel;

    /**
     * The levels of the shipped logback.xml, with Panel's own code at DEBUG. Jetty stays at WARN as shipped: at
     * DEBUG it dumps raw request bytes, passwords included, so it must never be turned up in production.
     */
    @BeforeEach
    void captureEverything() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.INFO);
        logging.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        logging.getLogger("dev.panel").setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(captured);
        root.setLevel(rootLevel);
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("dev.panel").setLevel(Level.INFO);
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("org.eclipse.jetty").setLevel(null);
    }

    @Test
    void a_wrong_password_and_a_scorecard_note_appear_in_no_log_line() {
        SignedIn interviewer = users.person(Role.INTERVIEWER);
        String wrongPassword = "Wr0ng-" + Names.unique("pw");
        String marker = Names.unique("CANDID-NOTE-MARKER");
        LoopView loop = fixture.openWithFirstStage(List.of(interviewer.user()));
        long interviewId = loop.interviews().get(0).interview().id();
        FrozenPlan.Stage stage = loop.loop().planSnapshot().stages().get(0);

        assertThat(users.anonymous().postJson("/api/tokens",
                json.write(Map.of("username", interviewer.username(), "password", wrongPassword))).statusCode()).isEqualTo(401);
        assertThat(accounts.login(interviewer.username(), wrongPassword)).isInstanceOf(dev.panel.user.LoginResult.Refused.class);

        ScorecardCalls calls = new ScorecardCalls(interviewer.client(), json);
        Scorecard draft = calls.started(interviewId);
        ScorecardContent withNote = new ScorecardContent(
                List.of(new Note(stage.questionIds().get(0), "The candidate said " + marker + " twice.")), draft.ratings(), null);
        assertThat(calls.save(draft, withNote).statusCode()).isEqualTo(200);
        assertThat(calls.save(draft, withNote).statusCode()).as("a stale version").isEqualTo(409);
        assertThat(calls.submit(draft.id()).statusCode()).as("nothing rated yet").isEqualTo(400);

        List<ILoggingEvent> events;
        synchronized (captured) { // appending holds the same lock
            events = List.copyOf(captured.list);
        }
        List<String> lines = events.stream().map(NothingSecretInLogsIT::fullText).toList();
        assertThat(lines).as("the refusals were logged, by account name").filteredOn(line -> line.contains(interviewer.username())).hasSize(2);
        assertThat(String.join("\n", lines)).doesNotContain(wrongPassword).doesNotContain(marker);
    }

    private static String fullText(ILoggingEvent event) {
        String stack = event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage();
        return event.getFormattedMessage() + " " + stack + " " + event.getMDCPropertyMap().entrySet().stream()
                .map(Object::toString).collect(Collectors.joining(" "));
    }
}
