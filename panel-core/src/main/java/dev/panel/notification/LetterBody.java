package dev.panel.notification;

import org.apache.commons.text.StringEscapeUtils;

import java.util.ArrayList;
import java.util.List;

/** The paragraphs of a letter, written once and given as plain text and as HTML (every text escaped). */
final class LetterBody {

    private final List<String> plain = new ArrayList<>();
    private final List<String> html = new ArrayList<>();

    LetterBody line(String text) {
        plain.add(text);
        html.add("<p>" + StringEscapeUtils.escapeHtml4(text) + "</p>");
        return this;
    }

    LetterBody list(List<String> items) {
        items.forEach(item -> plain.add("- " + item));
        StringBuilder list = new StringBuilder("<ul>");
        items.forEach(item -> list.append("<li>").append(StringEscapeUtils.escapeHtml4(item)).append("</li>"));
        html.add(list.append("</ul>").toString());
        return this;
    }

    LetterBody link(String label, String url) {
        plain.add(label + ": " + url);
        String escaped = StringEscapeUtils.escapeHtml4(url);
        html.add("<p><a href=\"" + escaped + "\">" + StringEscapeUtils.escapeHtml4(label) + "</a></p>");
        return this;
    }

    String plain() {
        return String.join("\n\n", plain) + "\n\n-- \nPanel\n";
    }

    String html() {
        return "<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.4\">" + String.join("", html)
                + "<p style=\"color:#666\">Panel</p></body></html>";
    }
}
