package dev.panel.app;

import dev.panel.testing.Haproxy;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The HAProxy configuration Panel ships is one that HAProxy accepts (what it does is shown by ClusterFailoverBrowserIT). */
class HaproxyConfigurationTest {

    @Test
    void haproxyAcceptsTheShippedConfiguration() throws Exception {
        assumeTrue(Haproxy.installed() || "true".equalsIgnoreCase(System.getenv("PANEL_REQUIRE_MYSQL")),
                "haproxy is not installed here (CI installs it)");
        Process check = Haproxy.command(8080, 8081, 8082, "-c").redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor()).as(said).isZero();
        assertThat(said).contains("Configuration file is valid");
    }
}
