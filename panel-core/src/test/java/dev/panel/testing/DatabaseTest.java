package dev.panel.testing;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/**
 * Implemented by every {@code @MicronautTest} that touches the database: it points the application
 * context at the database chosen by {@link TestDatabase}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public interface DatabaseTest extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        TestDatabase.properties().forEach((key, value) -> properties.put(key, String.valueOf(value)));
        // The same application on H2 as on MySQL, where demo mode never runs: no demo loops, no demo hiring manager
        // owning the starter roles. Tests that sign in as a demo account create it (DemoAccounts.ensure).
        properties.put("panel.demo", "false");
        // Every test signs in from 127.0.0.1, and several fail sign-ins on purpose: the per-client limit would soon
        // refuse the whole suite. The test of that limit sets its own.
        properties.put("panel.security.client-failure-limit", "1000000");
        // Tests run the notification rounds themselves, when they want them, rather than on a timer.
        properties.put("panel.notifications.background", "false");
        return properties;
    }
}
