package dev.panel.app;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses to start on a database connection that turns on a MySQL Connector/J option that would let the database
 * server (or SQL injected into one statement) read the application's files, run several statements in one, or
 * deserialise Java objects from the database: {@code allowLoadLocalInfile}, {@code allowUrlInLocalInfile},
 * {@code autoDeserialize} and {@code allowMultiQueries}. Connector/J's security notes describe each
 * (https://dev.mysql.com/doc/connector-j/en/connector-j-connp-props-security.html). The check runs when the
 * pool's configuration is made, before any connection, and looks at the URL and the data-source properties alike.
 * An option set explicitly to {@code false} is allowed.
 */
@Singleton
class DangerousJdbcOptions implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final List<String> OPTIONS = List.of("allowLoadLocalInfile", "allowUrlInLocalInfile", "autoDeserialize", "allowMultiQueries");
    private static final Pattern IN_URL = Pattern.compile(
            "(?i)(?<![A-Za-z])(" + String.join("|", OPTIONS) + ")\\s*=\\s*([^&;,()\\s]*)");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        find(configuration.getJdbcUrl(), configuration.getDataSourceProperties()).ifPresent(option -> {
            throw new Refused(option);
        });
        return configuration;
    }

    /** The first dangerous option that the URL or the properties turn on, in the spelling they used. */
    static Optional<String> find(String url, Properties properties) {
        if (url != null) {
            Matcher matcher = IN_URL.matcher(URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8));
            while (matcher.find()) {
                if (!"false".equalsIgnoreCase(matcher.group(2))) {
                    return Optional.of(matcher.group(1));
                }
            }
        }
        if (properties != null) {
            for (Map.Entry<Object, Object> property : properties.entrySet()) {
                String name = String.valueOf(property.getKey()).strip();
                boolean dangerous = OPTIONS.stream().anyMatch(o -> o.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
                if (dangerous && !"false".equalsIgnoreCase(String.valueOf(property.getValue()).strip())) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** Said in one line by the launcher (see {@link StartupFailure}). */
    static final class Refused extends RuntimeException {
        Refused(String option) {
            super("the database connection turns on " + option + ", which Panel refuses: it would let the database or a "
                    + "crafted statement reach beyond one query. Remove it from PANEL_DB_URL and the data-source properties.");
        }
    }
}
