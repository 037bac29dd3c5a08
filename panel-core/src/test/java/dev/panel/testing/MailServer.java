package dev.panel.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port of this machine, for the notification tests, with the settings that
 * point Panel at it. It can be stopped and started again on the same port, as an outage would.
 */
public final class MailServer {

    public static final String FROM = "panel@panel.example";
    public static final String BASE_URL = "https://panel.example.test";

    private final int port;
    private GreenMail server;

    public MailServer() {
        this.port = freePort();
        start();
    }

    public void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public void stop() {
        server.stop();
    }

    /** Panel's settings for this server: plain SMTP (a test server has no certificate), the test sender and address. */
    public Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("panel.smtp.host", "127.0.0.1");
        properties.put("panel.smtp.port", String.valueOf(port));
        properties.put("panel.smtp.tls", "none");
        properties.put("panel.mail.from", "Panel <" + FROM + ">");
        properties.put("panel.base-url", BASE_URL);
        return properties;
    }

    /** Every message received so far addressed to {@code address}, oldest first. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a instanceof InternetAddress internet
                    && internet.getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
