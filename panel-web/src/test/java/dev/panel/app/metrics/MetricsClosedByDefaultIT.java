package dev.panel.app.metrics;

import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With neither PANEL_METRICS_TOKEN nor PANEL_METRICS_NETWORKS, /metrics is closed to everyone, even on this machine. */
@MicronautTest(transactional = false)
class MetricsClosedByDefaultIT implements DatabaseTest {

    @Inject
    ApiUsers users;

    @Test
    void unconfigured_metrics_answer_404_to_anyone_with_any_token_and_show_no_metric() {
        for (HttpResponse<String> response : List.of(users.anonymous().get("/metrics"), users.anonymous().get("/metrics", ""),
                users.anonymous().get("/metrics", "x".repeat(40)))) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("jvm_", "panel_", "hikaricp", "http_server", "# TYPE");
        }
    }
}
