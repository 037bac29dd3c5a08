package dev.panel.user;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Demo mode: demo accounts with a published password, for trying Panel out. It is on by default on the
 * embedded database and can be turned off there ({@code panel.demo=false}); it is never on for MySQL.
 */
@Singleton
public class DemoMode {

    public static final String PASSWORD = "panel-demo";

    private final boolean enabled;

    DemoMode(@Value("${panel.demo:true}") boolean requested, @Value("${datasources.default.url}") String databaseUrl) {
        this.enabled = requested && databaseUrl.startsWith("jdbc:h2:");
    }

    public boolean enabled() {
        return enabled;
    }
}
