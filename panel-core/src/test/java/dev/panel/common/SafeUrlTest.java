package dev.panel.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/questions?id=4#top", "http://example.org", "HTTPS://Example.org/a",
            "mailto:hiring@example.org", "  https://example.org/padded  "})
    void web_and_mail_links_become_links(String text) {
        assertThat(SafeUrl.of(text)).hasValue(text.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:window.__xss=1", " javascript:alert(1)", "java\tscript:alert(1)",
            "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd",
            "//evil.example/path", "/relative/path", "example.org", "https:", "https:///no-host", "http://exa mple.org",
            "Written for Panel", "", "mailto:"})
    void anything_else_stays_text(String text) {
        assertThat(SafeUrl.of(text)).isEmpty();
    }
}
