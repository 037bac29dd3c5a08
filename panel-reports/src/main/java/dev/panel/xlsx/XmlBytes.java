package dev.panel.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Sheet XML as UTF-8 bytes in a buffer that is handed to the zip in large blocks. Escaping works on the chars
 * directly, without building strings, because for a million-row sheet building the text is most of the cost
 * after compression (see shared/stack-notes.md, "Writing big xlsx files").
 */
final class XmlBytes {

    /** Characters cannot be longer than this once escaped ("_x005F_" for an underscore that would read as an escape). */
    private static final int WIDEST_CHAR = 8;
    private static final byte[] MIN_LONG = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int position;

    XmlBytes(OutputStream out) {
        this.out = out;
    }

    /** Markup, which is ASCII. */
    XmlBytes ascii(String markup) {
        int length = markup.length();
        room(length);
        for (int i = 0; i < length; i++) {
            buffer[position++] = (byte) markup.charAt(i);
        }
        return this;
    }

    XmlBytes bytes(byte[] markup) {
        room(markup.length);
        System.arraycopy(markup, 0, buffer, position, markup.length);
        position += markup.length;
        return this;
    }

    XmlBytes number(long value) {
        if (value == Long.MIN_VALUE) {
            return bytes(MIN_LONG);
        }
        room(20);
        if (value < 0) {
            buffer[position++] = '-';
            value = -value;
        }
        int start = position;
        do {
            buffer[position++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        for (int i = start, j = position - 1; i < j; i++, j--) {
            byte swap = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = swap;
        }
        return this;
    }

    /**
     * Text content, escaped for XML and encoded as UTF-8. Characters XML 1.0 cannot hold (control characters other
     * than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) become U+FFFD; an underscore
     * that Excel would read as the start of an {@code _xHHHH_} escape is itself escaped.
     */
    XmlBytes text(CharSequence text, int maxChars) {
        int length = Math.min(text.length(), maxChars);
        for (int i = 0; i < length; i++) {
            if (position > buffer.length - WIDEST_CHAR) {
                drain();
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                ascii(c, text, i);
            } else if (c < 0x800) {
                buffer[position++] = (byte) (0xC0 | c >> 6);
                buffer[position++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int point = Character.toCodePoint(c, text.charAt(++i));
                buffer[position++] = (byte) (0xF0 | point >> 18);
                buffer[position++] = (byte) (0x80 | point >> 12 & 0x3F);
                buffer[position++] = (byte) (0x80 | point >> 6 & 0x3F);
                buffer[position++] = (byte) (0x80 | point & 0x3F);
            } else {
                char safe = Character.isSurrogate(c) || c >= 0xFFFE ? '\uFFFD' : c;
                buffer[position++] = (byte) (0xE0 | safe >> 12);
                buffer[position++] = (byte) (0x80 | safe >> 6 & 0x3F);
                buffer[position++] = (byte) (0x80 | safe & 0x3F);
            }
        }
        return this;
    }

    private void ascii(char c, CharSequence text, int i) {
        switch (c) {
            case '<' -> put("&lt;");
            case '>' -> put("&gt;");
            case '&' -> put("&amp;");
            case '\t', '\n' -> buffer[position++] = (byte) c;
            case '\r' -> put("&#13;"); // a bare carriage return would be read back as a line feed (XML 1.0, 2.11)
            case '_' -> put(startsEscape(text, i) ? "_x005F_" : "_");
            default -> {
                if (c < 0x20) {
                    buffer[position++] = (byte) 0xEF;
                    buffer[position++] = (byte) 0xBF;
                    buffer[position++] = (byte) 0xBD;
                } else {
                    buffer[position++] = (byte) c;
                }
            }
        }
    }

    /** Whether {@code _xHHHH_} starts at {@code i}, which Excel would turn into the character HHHH. */
    private static boolean startsEscape(CharSequence text, int i) {
        if (i + 6 >= text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private void put(String escape) {
        for (int k = 0; k < escape.length(); k++) {
            buffer[position++] = (byte) escape.charAt(k);
        }
    }

    private void room(int bytes) {
        if (position + bytes > buffer.length) {
            drain();
        }
    }

    private void drain() {
        try {
            out.write(buffer, 0, position);
            position = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands everything buffered to the stream underneath. */
    void flush() {
        drain();
    }
}
