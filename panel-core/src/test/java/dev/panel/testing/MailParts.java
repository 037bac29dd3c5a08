package dev.panel.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A received message taken apart: each leaf part's content type and text. */
public record MailParts(String subject, List<Leaf> leaves) {

    public record Leaf(String contentType, String fileName, String text) {
        public boolean is(String type) {
            return contentType.toLowerCase(Locale.ROOT).startsWith(type);
        }
    }

    public static MailParts of(MimeMessage message) {
        try {
            List<Leaf> leaves = new ArrayList<>();
            collect(message, leaves);
            return new MailParts(message.getSubject(), leaves);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String plain() {
        return first("text/plain");
    }

    public String html() {
        return first("text/html");
    }

    /** The inline text/calendar part. */
    public String calendar() {
        return first("text/calendar");
    }

    /** Every part's text, for checking what a message does not say. */
    public String everything() {
        return subject + "\n" + String.join("\n", leaves.stream().map(Leaf::text).toList());
    }

    private String first(String type) {
        return leaves.stream().filter(l -> l.is(type)).map(Leaf::text).findFirst().orElse(null);
    }

    private static void collect(Part part, List<Leaf> into) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, into);
            }
            return;
        }
        String text = content instanceof String s ? s : read(part.getInputStream());
        into.add(new Leaf(part.getContentType(), part.getFileName(), text));
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
