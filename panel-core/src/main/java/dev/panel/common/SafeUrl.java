package dev.panel.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which text typed by people may become a link: only an absolute http, https or mailto URL. Anything else
 * ({@code javascript:}, {@code data:}, {@code vbscript:}, a relative path, a scheme hidden behind control
 * characters) stays plain text, since a link runs or loads whatever its scheme says when someone clicks it.
 */
public final class SafeUrl {

    static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private SafeUrl() {
    }

    /** The text as a link target, if it is one Panel may show as a link. */
    public static Optional<String> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String url = text.strip();
        if (url.isEmpty() || url.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT)) || uri.getRawSchemeSpecificPart().isEmpty()) {
                return Optional.empty();
            }
            if (!"mailto".equalsIgnoreCase(scheme) && (uri.getHost() == null || uri.getHost().isEmpty())) {
                return Optional.empty();
            }
            return Optional.of(url);
        } catch (URISyntaxException notAUrl) {
            return Optional.empty();
        }
    }
}
