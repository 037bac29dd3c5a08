package dev.panel.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailSettingsTest {

    private static MailSettings settings(String host, String port, String user, String password, String tls, String from, String base) {
        return new MailSettings(host, port, user, password, tls, from, base, "24h,1h");
    }

    @Test
    void without_a_host_mail_is_off_and_nothing_else_is_required() {
        MailSettings off = settings("", "", "", "", "", "", "");
        assertThat(off.isConfigured()).isFalse();
        assertThat(off.reminders()).containsExactly(Duration.ofHours(24), Duration.ofHours(1));
    }

    @Test
    void the_port_follows_the_tls_setting_unless_given() {
        assertThat(settings("smtp.example.com", "", "", "", "", "panel@example.com", "https://p.example.com").port()).isEqualTo(587);
        assertThat(settings("smtp.example.com", "", "", "", "tls", "panel@example.com", "https://p.example.com").port()).isEqualTo(465);
        assertThat(settings("smtp.example.com", "", "", "", "NONE", "panel@example.com", "https://p.example.com").port()).isEqualTo(25);
        assertThat(settings("smtp.example.com", "2525", "", "", "none", "panel@example.com", "https://p.example.com").port()).isEqualTo(2525);
    }

    @Test
    void each_malformed_setting_is_named_in_one_line() {
        assertThatThrownBy(() -> settings("smtp.example.com", "twenty-five", "", "", "", "panel@example.com", "https://p.example.com"))
                .hasMessage("PANEL_SMTP_PORT 'twenty-five' is not a port number (1 to 65535)");
        assertThatThrownBy(() -> settings("smtp.example.com", "70000", "", "", "", "panel@example.com", "https://p.example.com"))
                .hasMessageStartingWith("PANEL_SMTP_PORT '70000'");
        assertThatThrownBy(() -> settings("smtp.example.com", "", "", "", "ssl", "panel@example.com", "https://p.example.com"))
                .hasMessage("PANEL_SMTP_TLS 'ssl' must be starttls, tls or none");
        assertThatThrownBy(() -> settings("smtp.example.com", "", "", "", "", "not an address", "https://p.example.com"))
                .hasMessageStartingWith("PANEL_MAIL_FROM 'not an address' is not an email address");
        assertThatThrownBy(() -> settings("smtp.example.com", "", "panel", "", "", "panel@example.com", "https://p.example.com"))
                .hasMessageStartingWith("PANEL_SMTP_USER and PANEL_SMTP_PASSWORD go together");
        assertThatThrownBy(() -> settings("smtp.example.com", "", "", "", "", "", "https://p.example.com"))
                .hasMessageStartingWith("PANEL_SMTP_HOST is set but PANEL_MAIL_FROM is not");
        assertThatThrownBy(() -> settings("smtp.example.com", "", "", "", "", "panel@example.com", ""))
                .hasMessageStartingWith("PANEL_SMTP_HOST is set but PANEL_BASE_URL is not");
        assertThatThrownBy(() -> settings("smtp.example.com", "", "", "", "", "panel@example.com", "panel.example.com"))
                .hasMessageStartingWith("PANEL_BASE_URL 'panel.example.com' is not an http(s) address");
        assertThatThrownBy(() -> settings("", "587", "", "", "", "", ""))
                .hasMessageStartingWith("PANEL_SMTP_PORT or PANEL_SMTP_USER is set but PANEL_SMTP_HOST is not");
        assertThatThrownBy(() -> new MailSettings("", "", "", "", "", "", "", "24h,soon"))
                .hasMessageStartingWith("PANEL_REMINDERS '24h,soon' must be lead times");
    }

    @Test
    void reminder_lead_times_are_read_in_days_hours_and_minutes_longest_first() {
        MailSettings s = new MailSettings("", "", "", "", "", "", "", "30m, 2d,1h");
        assertThat(s.reminders()).containsExactly(Duration.ofDays(2), Duration.ofHours(1), Duration.ofMinutes(30));
        assertThat(new MailSettings("", "", "", "", "", "", "", "").reminders()).isEmpty();
    }
}
