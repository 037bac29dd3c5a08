package dev.panel.app;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A malformed PANEL_SMTP_* setting stops the start, and the person starting Panel reads one line naming it. */
class MalformedMailSettingsTest {

    private static String startWith(Map<String, Object> settings) {
        Throwable failure = catchThrowable(() -> {
            try (ApplicationContext context = ApplicationContext.builder().properties(settings)
                    .properties(Map.of("datasources.default.url", "jdbc:h2:mem:mail-settings;MODE=MySQL",
                            "panel.notifications.background", "false"))
                    .start()) {
                context.getBean(dev.panel.notification.MailSettings.class);
            }
        });
        assertThat(failure).as("the start should have been refused").isNotNull();
        return StartupFailure.explain(failure, null);
    }

    @Test
    void a_port_that_is_not_a_number_is_named_in_one_line() {
        assertThat(startWith(Map.of("panel.smtp.host", "smtp.example.com", "panel.smtp.port", "abc")))
                .isEqualTo("PANEL_SMTP_PORT 'abc' is not a port number (1 to 65535)");
    }

    @Test
    void an_unknown_tls_mode_is_named_in_one_line() {
        assertThat(startWith(Map.of("panel.smtp.host", "smtp.example.com", "panel.smtp.tls", "ssl")))
                .isEqualTo("PANEL_SMTP_TLS 'ssl' must be starttls, tls or none");
    }

    @Test
    void a_host_without_a_sender_address_is_named_in_one_line() {
        assertThat(startWith(Map.of("panel.smtp.host", "smtp.example.com", "panel.base-url", "https://panel.example.com")))
                .isEqualTo("PANEL_SMTP_HOST is set but PANEL_MAIL_FROM is not: set the address Panel's mail comes from");
    }
}
