package dev.panel.app.metrics;

import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** /metrics opened by a network alone: a scraper connecting from it reads; the same request through a proxy does not. */
@MicronautTest(transactional = false)
class MetricsByNetworkIT implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    ApiUsers users;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
        properties.put("panel.metrics.networks", "192.0.2.0/24, 127.0.0.0/8,::1");
        return properties;
    }

    @Test
    void a_scraper_on_a_configured_network_reads_the_metrics_without_a_token() {
        HttpResponse<String> response = users.anonymous().get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(PrometheusText.parse(response.body()).names()).contains("jvm_memory_used_bytes", "hikaricp_connections_active");
    }

    @Test
    void a_request_forwarded_by_a_proxy_on_that_network_is_not_admitted_by_the_network() throws Exception {
        for (String header : new String[]{"X-Forwarded-For", "Forwarded", "X-Real-IP"}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI() + "/metrics"))
                    .header(header, header.equals("Forwarded") ? "for=203.0.113.9" : "203.0.113.9").GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(header).isEqualTo(404);
            assertThat(response.body()).doesNotContain("jvm_", "# TYPE");
        }
    }
}
