package dev.panel.testing;

import java.util.HashMap;
import java.util.Map;

/** A database test whose Panel sends mail to the test's own SMTP server ({@link MailServer} or a refusing one). */
public interface MailTest extends DatabaseTest {

    /** The settings that point Panel at the test's server. */
    Map<String, String> mailSettings();

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
        properties.putAll(mailSettings());
        return properties;
    }
}
