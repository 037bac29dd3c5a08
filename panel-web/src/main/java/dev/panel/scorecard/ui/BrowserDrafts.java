package dev.panel.scorecard.ui;

import com.vaadin.flow.component.Component;
import elemental.json.Json;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A copy of the form's text in the browser's localStorage, kept only while the server has not saved it: text typed
 * when the session ended (the idle timeout, a restart of Panel) is then still in this browser after signing in again,
 * and the page offers it back. The page writes the copy on every keystroke; each save that holds exactly that text
 * removes it (the two sides compare a hash of the fields, so the text is not sent back), and so does submitting.
 * Fields are the text areas marked {@code data-draft}.
 */
final class BrowserDrafts {

    /** What the browser kept: when it was typed (browser's clock, as it shows it), the version it was typed over, the fields. */
    record Kept(String typedAt, long basedOn, Map<String, String> fields) {
    }

    // Installed once per page; the hash is Java's String.hashCode over the same canonical text, so both sides agree.
    private static final String SCRIPT = """
            window.panelDrafts = window.panelDrafts || {
              text(fields) {
                return Object.keys(fields).sort().map(k => k + '\\u0000' + fields[k] + '\\u0001').join('');
              },
              hash(fields) {
                const text = this.text(fields);
                let h = 0;
                for (let i = 0; i < text.length; i++) { h = (Math.imul(31, h) + text.charCodeAt(i)) | 0; }
                return h;
              },
              fields(root) {
                const fields = {};
                root.querySelectorAll('[data-draft]').forEach(e => { fields[e.getAttribute('data-draft')] = e.value || ''; });
                return fields;
              },
              watch(root, key) {
                if (root.panelDraftKey === key) { return; }
                root.panelDraftKey = key;
                root.addEventListener('input', () => {
                  const status = document.getElementById('save-status');
                  const entry = { typedAt: new Date().toLocaleTimeString(), fields: this.fields(root),
                                  basedOn: Number((status && status.getAttribute('data-saved-version')) || 0) };
                  try { localStorage.setItem(key, JSON.stringify(entry)); } catch (e) { /* storage full or blocked: autosave still runs */ }
                });
              },
              read(key) {
                try { return localStorage.getItem(key); } catch (e) { return null; }
              },
              saved(key, hash) {
                const raw = this.read(key);
                if (raw && this.hash(JSON.parse(raw).fields) === hash) { localStorage.removeItem(key); }
              },
              forget(key) {
                try { localStorage.removeItem(key); } catch (e) { /* nothing kept */ }
              }
            };
            """;

    private final Component page;
    private final String key;

    BrowserDrafts(Component page, String key) {
        this.page = page;
        this.key = key;
        page.getElement().executeJs(SCRIPT + "window.panelDrafts.watch($0, $1);", page.getElement(), key);
    }

    /** Hands what this browser kept for the form, if anything, to {@code found}. */
    void read(Consumer<Kept> found) {
        page.getElement().executeJs("return window.panelDrafts.read($0);", key).then(JsonValue.class, raw -> {
            if (raw == null || raw.getType() != JsonType.STRING) {
                return;
            }
            JsonObject entry = Json.parse(raw.asString());
            Map<String, String> fields = new TreeMap<>();
            JsonObject kept = entry.getObject("fields");
            for (String field : kept.keys()) {
                fields.put(field, kept.getString(field));
            }
            found.accept(new Kept(entry.hasKey("typedAt") ? entry.getString("typedAt") : "", (long) entry.getNumber("basedOn"), fields));
        });
    }

    /** The server now holds these fields: the browser's copy goes if it holds the same. */
    void saved(Map<String, String> fields) {
        page.getElement().executeJs("window.panelDrafts.saved($0, $1);", key, hash(fields));
    }

    void forget() {
        page.getElement().executeJs("window.panelDrafts.forget($0);", key);
    }

    static int hash(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fields).forEach((field, value) -> text.append(field).append('\u0000').append(value).append('\u0001'));
        return text.toString().hashCode();
    }
}
