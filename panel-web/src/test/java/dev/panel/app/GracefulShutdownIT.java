package dev.panel.app;

import dev.panel.testing.PanelProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM to a running Panel, as an operator or an orchestrator sends it: readiness turns 503 at once while liveness
 * stays 200, requests that arrive while the balancer drains the instance are still served and saved, and the
 * process ends with status 0.
 */
class GracefulShutdownIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    @TempDir
    Path data;
    private PanelProcess panel;

    @AfterEach
    void cleanUp() {
        if (panel != null) {
            panel.close();
        }
    }

    @Test
    void aStoppingInstanceReportsNotReadyKeepsServingWhileDrainedAndExitsCleanly() throws Exception {
        panel = PanelProcess.startEmbedded(PanelProcess.freePort(), data, Map.of("PANEL_SHUTDOWN_DRAIN_DELAY", "5s"));
        String token = signIn();
        Matcher competency = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(send(token, "GET", "/api/competencies", null).body());
        assertThat(competency.find()).as("the starter library's competencies").isTrue();
        assertThat(panel.status("/health/liveness")).isEqualTo(200);
        assertThat(panel.status("/health/readiness")).isEqualTo(200);

        panel.stop();
        PanelProcess.await("readiness reports 503 after SIGTERM", Duration.ofSeconds(10), () -> panel.status("/health/readiness") == 503);
        assertThat(panel.status("/health/liveness")).as("the process is alive; only new traffic should go elsewhere").isEqualTo(200);
        String name = "Drained role " + System.nanoTime();
        HttpResponse<String> created = send(token, "POST", "/api/roles", """
                {"name": "%s", "level": "Senior", "description": "Created while the instance was draining", "requirements": [{"competencyId": %s, "weight": 2, "mustHave": true}]}""".formatted(name, competency.group(1)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        assertThat(panel.awaitExit(Duration.ofSeconds(60))).as("exit status after SIGTERM; log:\n" + panel.log()).isZero();
        assertThat(panel.log()).contains("no request in flight").contains("Panel stopped");
        assertThat(rolesNamed(name)).as("the role created during the drain is in the database").isEqualTo(1);
    }

    private String signIn() throws IOException, InterruptedException {
        HttpResponse<String> response = send(null, "POST", "/api/tokens", """
                {"username": "%s", "password": "%s"}""".formatted(PanelProcess.ADMIN, PanelProcess.ADMIN_PASSWORD));
        Matcher token = TOKEN.matcher(response.body());
        assertThat(token.find()).as(response.body()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> send(String token, String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(panel.uri().resolve(URI.create(path)))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Read after Panel has exited, from the embedded database it left in its data directory. */
    private long rolesNamed(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(EmbeddedDatabase.url(data), "sa", "");
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM job_role WHERE name = ?")) {
            count.setString(1, name);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

}
