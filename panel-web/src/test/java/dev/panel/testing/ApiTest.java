package dev.panel.testing;

import dev.panel.user.NewUser;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the REST API tests share: users made on the spot and signed in, and reading what the API answers.
 * Subclasses are {@code @MicronautTest(transactional = false)}.
 */
public abstract class ApiTest implements DatabaseTest {

    protected static final String PASSWORD = "panel-test-password";

    /**
     * Field by field, with times equal to the second: an answer to a change carries the clock's time, a
     * later read the database's, which keeps less (whole seconds through Connector/J on MariaDB).
     */
    protected static final RecursiveComparisonConfiguration STORED = RecursiveComparisonConfiguration.builder()
            .withComparatorForType((a, b) -> Duration.between(a, b).abs().getSeconds() < 1 ? 0 : a.compareTo(b), Instant.class)
            .build();

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected UserService users;
    @Inject
    protected JsonMapper json;

    /** A hiring manager of the test class's own, who may change the library, and a client signed in as them. */
    protected User manager;
    protected PanelClient hiringManager;

    @BeforeAll
    void signInAHiringManager() {
        manager = user(Role.HIRING_MANAGER);
        hiringManager = signedIn(manager);
    }

    /** A new user holding these roles. */
    protected User user(Role... roles) {
        return users.create(new NewUser(Names.unique(roles[0].name().toLowerCase()), "Test " + roles[0].label(), PASSWORD, Set.of(roles)));
    }

    protected PanelClient signedIn(User user) {
        return new PanelClient(server.getURI()).as(user.username(), PASSWORD);
    }

    protected PanelClient signedIn(Role... roles) {
        return signedIn(user(roles));
    }

    protected PanelClient anonymous() {
        return new PanelClient(server.getURI());
    }

    /** The body of a response with the expected status, read as {@code type}. */
    protected <T> T read(HttpResponse<String> response, int status, Class<T> type) {
        return read(response, status, Argument.of(type));
    }

    protected <T> List<T> readList(HttpResponse<String> response, Class<T> type) {
        return read(response, 200, Argument.listOf(type));
    }

    protected Map<String, Object> readMap(HttpResponse<String> response, int status) {
        return read(response, status, Argument.mapOf(String.class, Object.class));
    }

    /** Asserts a refusal: its status, its error code and that its message says {@code words}. */
    protected void assertRefused(HttpResponse<String> response, int status, String error, String... words) {
        Map<String, Object> body = readMap(response, status);
        assertThat(body).containsEntry("error", error);
        assertThat((String) body.get("message")).isNotBlank();
        if (words.length > 0) {
            assertThat((String) body.get("message")).contains(words);
        }
    }

    /** Asserts that what the API answered equals what it stored, field by field (see {@link #STORED}). */
    protected static <T> void assertStored(T answered, T stored) {
        assertThat(answered).usingRecursiveComparison(STORED).isEqualTo(stored);
    }

    protected String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(HttpResponse<String> response, int status, Argument<T> type) {
        assertThat(response.statusCode()).as("%s %s answered %s", response.request().method(), response.request().uri(), response.body())
                .isEqualTo(status);
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
