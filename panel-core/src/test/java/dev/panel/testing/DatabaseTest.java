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
        return properties;
    }
}
