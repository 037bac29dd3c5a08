package dev.panel.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server for one thing GreenMail cannot do: refuse a mailbox. It answers RCPT TO for the refused
 * addresses with a permanent 550, as a real server does for an unknown user, and takes every other message.
 * Test code only; Panel itself speaks SMTP through Jakarta Mail.
 */
public final class RefusingMailServer implements AutoCloseable {

    public static final String REFUSAL = "550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table";

    private final ServerSocket socket;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public RefusingMailServer() {
        try {
            socket = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::serve, "refusing-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public void refuse(String address) {
        refused.add(address.toLowerCase(Locale.ROOT));
    }

    /** The recipients of every message taken. */
    public List<String> delivered() {
        return List.copyOf(delivered);
    }

    public Map<String, String> properties() {
        return Map.of("panel.smtp.host", "127.0.0.1", "panel.smtp.port", String.valueOf(socket.getLocalPort()),
                "panel.smtp.tls", "none", "panel.mail.from", MailServer.FROM, "panel.base-url", MailServer.BASE_URL);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException closed) {
                // the server was closed, or a client hung up: wait for the next
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        reply(out, "220 refusing.test ESMTP");
        String recipient = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 refusing.test");
            } else if (command.startsWith("MAIL FROM")) {
                recipient = null;
                reply(out, "250 2.1.0 Ok");
            } else if (command.startsWith("RCPT TO")) {
                String address = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
                if (refused.contains(address)) {
                    reply(out, REFUSAL);
                } else {
                    recipient = address;
                    reply(out, "250 2.1.5 Ok");
                }
            } else if (command.equals("DATA")) {
                reply(out, "354 End data with <CR><LF>.<CR><LF>");
                for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                    // the content does not matter here
                }
                delivered.add(recipient);
                reply(out, "250 2.0.0 Ok: queued");
            } else if (command.equals("QUIT")) {
                reply(out, "221 2.0.0 Bye");
                return;
            } else {
                reply(out, command.equals("RSET") || command.equals("NOOP") ? "250 2.0.0 Ok" : "502 5.5.2 Command not recognized");
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
