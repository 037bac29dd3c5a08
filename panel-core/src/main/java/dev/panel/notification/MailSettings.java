package dev.panel.notification;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * How Panel sends mail: {@code PANEL_SMTP_HOST}, {@code _PORT}, {@code _USER}, {@code _PASSWORD}, {@code _TLS}
 * ({@code starttls}, {@code tls} or {@code none}), {@code PANEL_MAIL_FROM} and {@code PANEL_BASE_URL} for the links;
 * {@code PANEL_REMINDERS} (lead times, default {@code 24h,1h}). Without a host Panel still runs and keeps every
 * notification, unsent, for admins to see. Made at start ({@code @Context}), so that a malformed setting stops the
 * start with one line that names it.
 */
@Context
public class MailSettings {

    /** How the connection to the SMTP server is protected. */
    public enum Tls { STARTTLS, TLS, NONE }

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final Tls tls;
    private final InternetAddress from;
    private final String baseUrl;
    private final List<Duration> reminders;

    MailSettings(@Value("${panel.smtp.host:}") String host, @Value("${panel.smtp.port:}") String port,
                 @Value("${panel.smtp.user:}") String user, @Value("${panel.smtp.password:}") String password,
                 @Value("${panel.smtp.tls:}") String tls, @Value("${panel.mail.from:}") String from,
                 @Value("${panel.base-url:}") String baseUrl, @Value("${panel.reminders:24h,1h}") String reminders) {
        this.host = host.strip();
        this.user = user.strip();
        this.password = password;
        this.tls = tls(tls);
        this.port = port(port, this.tls);
        this.baseUrl = baseUrl(baseUrl);
        this.reminders = leadTimes(reminders);
        if (this.host.isEmpty()) {
            if (!port.isBlank() || !this.user.isEmpty()) {
                throw new IllegalArgumentException("PANEL_SMTP_PORT or PANEL_SMTP_USER is set but PANEL_SMTP_HOST is not: name the SMTP server");
            }
            this.from = null;
            return;
        }
        if (this.user.isEmpty() != password.isEmpty()) {
            throw new IllegalArgumentException("PANEL_SMTP_USER and PANEL_SMTP_PASSWORD go together: set both, or neither for a server without sign-in");
        }
        if (from.isBlank()) {
            throw new IllegalArgumentException("PANEL_SMTP_HOST is set but PANEL_MAIL_FROM is not: set the address Panel's mail comes from");
        }
        if (this.baseUrl.isEmpty()) {
            throw new IllegalArgumentException("PANEL_SMTP_HOST is set but PANEL_BASE_URL is not: mails link to Panel, so set the address "
                    + "people reach it at, such as https://panel.example.com");
        }
        this.from = address(from);
    }

    public boolean isConfigured() {
        return !host.isEmpty();
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Tls tls() {
        return tls;
    }

    InternetAddress from() {
        return from;
    }

    /** Where people reach Panel, without a trailing slash; empty when not configured. */
    public String baseUrl() {
        return baseUrl;
    }

    /** How long before an interview its panelists are reminded, longest first. */
    public List<Duration> reminders() {
        return reminders;
    }

    /** Jakarta Mail's settings for this server. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        String protocol = tls == Tls.TLS ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", host);
        properties.put("mail." + protocol + ".port", String.valueOf(port));
        properties.put("mail." + protocol + ".auth", String.valueOf(!user.isEmpty()));
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "20000");
        properties.put("mail." + protocol + ".writetimeout", "20000");
        if (tls == Tls.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (tls != Tls.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return properties;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    private static Tls tls(String raw) {
        if (raw.isBlank()) {
            return Tls.STARTTLS;
        }
        try {
            return Tls.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("PANEL_SMTP_TLS '" + raw.strip() + "' must be starttls, tls or none");
        }
    }

    private static int port(String raw, Tls tls) {
        if (raw.isBlank()) {
            return switch (tls) {
                case STARTTLS -> 587;
                case TLS -> 465;
                case NONE -> 25;
            };
        }
        try {
            int port = Integer.parseInt(raw.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new IllegalArgumentException("PANEL_SMTP_PORT '" + raw.strip() + "' is not a port number (1 to 65535)");
    }

    private static InternetAddress address(String raw) {
        try {
            InternetAddress address = new InternetAddress(raw.strip(), true);
            if (address.getAddress() == null || !address.getAddress().contains("@")) {
                throw new AddressException("no @");
            }
            return address;
        } catch (AddressException malformed) {
            throw new IllegalArgumentException("PANEL_MAIL_FROM '" + raw.strip() + "' is not an email address (such as "
                    + "panel@example.com, or \"Panel <panel@example.com>\")");
        }
    }

    private static String baseUrl(String raw) {
        String url = raw.strip().replaceAll("/+$", "");
        if (url.isEmpty()) {
            return url;
        }
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (java.net.URISyntaxException malformed) {
            // said below
        }
        throw new IllegalArgumentException("PANEL_BASE_URL '" + raw.strip() + "' is not an http(s) address such as https://panel.example.com");
    }

    private static List<Duration> leadTimes(String raw) {
        List<Duration> leads = new ArrayList<>();
        for (String part : raw.split(",")) {
            String lead = part.strip().toLowerCase(Locale.ROOT);
            if (lead.isEmpty()) {
                continue;
            }
            Duration duration = parseLead(lead);
            if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(14)) > 0) {
                throw new IllegalArgumentException("PANEL_REMINDERS '" + raw.strip() + "' must be lead times up to 14 days, "
                        + "such as 24h,1h or 2d,30m (empty for no reminders)");
            }
            leads.add(duration);
        }
        leads.sort(Comparator.reverseOrder());
        return List.copyOf(leads);
    }

    private static Duration parseLead(String lead) {
        if (!lead.matches("\\d{1,5}[dhm]")) {
            return null;
        }
        long amount = Long.parseLong(lead.substring(0, lead.length() - 1));
        return switch (lead.charAt(lead.length() - 1)) {
            case 'd' -> Duration.ofDays(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofMinutes(amount);
        };
    }
}
