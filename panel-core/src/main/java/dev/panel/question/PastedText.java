package dev.panel.question;

import java.util.ArrayList;
import java.util.List;

/**
 * Pasted text made plain for the parser, in one pass: line breaks of every platform become {@code \n},
 * typographic quotes become straight ones, non-breaking and other odd spaces become one plain space,
 * invisible characters (zero-width spaces, soft hyphens, byte-order marks) go. Dashes stay as written.
 */
final class PastedText {

    private PastedText() {
    }

    /** The text's lines, each stripped and with runs of spaces collapsed; blank lines are kept as "". */
    static List<String> lines(String raw) {
        List<String> lines = new ArrayList<>();
        if (raw == null) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                lines.add(line.toString().strip());
                line.setLength(0);
                continue;
            }
            char plain = plain(c);
            if (plain == 0 || plain == ' ' && (line.length() == 0 || line.charAt(line.length() - 1) == ' ')) {
                continue;
            }
            line.append(plain);
        }
        lines.add(line.toString().strip());
        return lines;
    }

    /** The character as the parser reads it, or 0 for one to drop. */
    private static char plain(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> {
                return '\'';
            }
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\u300C', '\u300D' -> {
                return '"';
            }
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u3000', '\t', '\u000B', '\u000C' -> {
                return ' ';
            }
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                return 0;
            }
            default -> {
                return Character.isISOControl(c) ? ' ' : c;
            }
        }
    }
}
