package dev.panel.scorecard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

import java.util.List;

/**
 * The interview page's keyboard shortcuts and their help overlay ({@code ?}). Plain keys act only when the focus is not
 * in a text field (so typing notes never triggers one); the Alt+Shift ones act everywhere, also while typing: browsers
 * and screen readers (NVDA, JAWS, VoiceOver, Orca) keep Alt+Shift+letter free, and the keys are read by their place
 * on the keyboard, so they work on any layout and on a Mac's Option key. No shortcut acts while a dialog is open.
 */
final class ScoringShortcuts {

    /** One shortcut as the overlay lists it: its plain key, its Alt+Shift key (null when it has none) and what it does. */
    record Shortcut(String key, String withModifier, String does) {
    }

    static final List<Shortcut> ALL = List.of(
            new Shortcut("1 … 9", null, "Rate the competency whose rating has the focus at that level"),
            new Shortcut("J", "Alt+Shift+J", "Next question"),
            new Shortcut("K", "Alt+Shift+K", "Previous question"),
            new Shortcut("]", "Alt+Shift+L", "Next competency's rating"),
            new Shortcut("[", "Alt+Shift+H", "Previous competency's rating"),
            new Shortcut("T", "Alt+Shift+T", "Start or stop the current question's timer"),
            new Shortcut("N", "Alt+Shift+N", "Notes of the current question"),
            new Shortcut("E", "Alt+Shift+E", "Evidence of the current competency"),
            new Shortcut("R", "Alt+Shift+R", "Overall recommendation"),
            new Shortcut("S", "Alt+Shift+S", "Review and submit (you confirm in the review)"),
            new Shortcut("?", null, "This list of shortcuts"));

    private static final String SCRIPT = """
            const root = this, help = $0, submit = $1;
            const cards = () => [...root.querySelectorAll('.question-card')];
            const fields = () => [...root.querySelectorAll('.scoring-form .rating-field')];
            root._cur = { q: -1, c: -1 };
            const show = pane => { const cols = root.querySelector('.scoring-columns'); if (!cols) return;
              cols.setAttribute('data-show', pane);
              root.querySelectorAll('.pane-switch').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.pane === pane))); };
            root._panelShow = show;
            const go = el => { if (!el) return; el.scrollIntoView({ block: 'center' }); el.focus({ preventScroll: true }); };
            const radio = group => group && (group.querySelector('vaadin-radio-button[checked] input') || group.querySelector('vaadin-radio-button input'));
            const step = (at, by, count) => at < 0 ? 0 : Math.max(0, Math.min(count - 1, at + by));
            root._panelGo = (what, by) => {
              if (what === 'question' || what === 'notes' || what === 'timer') {
                const all = cards(); if (!all.length) return;
                root._cur.q = step(root._cur.q, by, all.length); show('kit');
                const card = all[root._cur.q];
                if (what === 'question') go(card);
                else if (what === 'notes') go(card.querySelector('textarea'));
                else { const timer = card.querySelector('.question-timer'); if (timer && timer._panelToggle) timer._panelToggle(); }
              } else if (what === 'rating' || what === 'evidence') {
                const all = fields(); if (!all.length) return;
                root._cur.c = step(root._cur.c, by, all.length); show('scorecard');
                const field = all[root._cur.c];
                go(what === 'rating' ? radio(field) : field.querySelector('textarea'));
              } else if (what === 'recommendation') {
                show('scorecard'); go(radio(root.querySelector('#recommendation')));
              }
            };
            root.addEventListener('focusin', e => {
              const t = e.composedPath()[0]; if (!t.closest) return;
              const card = t.closest('.question-card'); if (card) root._cur.q = cards().indexOf(card);
              const field = t.closest('.scoring-form .rating-field'); if (field) root._cur.c = fields().indexOf(field);
            });
            const typing = t => t.matches && t.matches('textarea, input:not([type=radio]):not([type=checkbox]):not([type=button]), [contenteditable]');
            const plain = { j: ['question', 1], k: ['question', -1], ']': ['rating', 1], '[': ['rating', -1], t: ['timer', 0],
                            n: ['notes', 0], e: ['evidence', 0], r: ['recommendation', 0], s: ['submit'], '?': ['help'] };
            const modified = { KeyJ: ['question', 1], KeyK: ['question', -1], KeyL: ['rating', 1], KeyH: ['rating', -1], KeyT: ['timer', 0],
                               KeyN: ['notes', 0], KeyE: ['evidence', 0], KeyR: ['recommendation', 0], KeyS: ['submit'] };
            if (window._panelScoringKeys) document.removeEventListener('keydown', window._panelScoringKeys);
            window._panelScoringKeys = e => {
              if (!root.isConnected || e.defaultPrevented || e.ctrlKey || e.metaKey || e.repeat) return;
              if (document.querySelector('vaadin-dialog-overlay[opened]')) return;
              const t = e.composedPath()[0];
              let action = null;
              if (e.altKey && e.shiftKey) action = modified[e.code] || modified['Key' + String(e.key).toUpperCase()];
              else if (!e.altKey && !typing(t)) {
                if (/^[1-9]$/.test(e.key)) {
                  const field = t.closest && t.closest('.rating-field');
                  const choice = field && field.querySelectorAll('vaadin-radio-button')[Number(e.key) - 1];
                  if (!choice || choice.hasAttribute('readonly') || field.querySelector('vaadin-radio-group[readonly]')) return;
                  e.preventDefault(); const input = choice.querySelector('input'); input.click(); input.focus(); return;
                }
                action = plain[e.key.length === 1 ? e.key.toLowerCase() : e.key];
                if (e.key === '?') action = plain['?'];
              }
              if (!action) return;
              e.preventDefault();
              if (action[0] === 'help') help.click();
              else if (action[0] === 'submit') { if (!submit.hidden && !submit.hasAttribute('disabled')) submit.click(); }
              else root._panelGo(action[0], action[1]);
            };
            document.addEventListener('keydown', window._panelScoringKeys);""";

    private ScoringShortcuts() {
    }

    /** Installs the shortcuts on the page; returns the button that opens the overlay (the {@code ?} key presses it). */
    static Button install(Component page, Button submit) {
        Button help = new Button("Shortcuts (?)", e -> overlay().open());
        help.setId("shortcut-help-button");
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        help.getElement().setAttribute("aria-keyshortcuts", "Shift+?");
        page.getElement().executeJs(SCRIPT, help.getElement(), submit.getElement());
        return help;
    }

    /** A switcher button for narrow screens, showing one pane ({@code kit} or {@code scorecard}) in the browser, at once. */
    static Button paneSwitch(Component page, String label, String pane) {
        Button button = new Button(label);
        button.addClassName("pane-switch");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        button.getElement().setAttribute("data-pane", pane).setAttribute("aria-pressed", String.valueOf("kit".equals(pane)))
                .setAttribute("aria-controls", "kit".equals(pane) ? "interview-kit" : "scorecard-form");
        button.getElement().executeJs("this.addEventListener('click', () => $0._panelShow($1));", page.getElement(), pane);
        return button;
    }

    /** A link-like button, hidden until focused, that takes the keyboard past the questions to the first rating. */
    static Button skipToRatings(Component page) {
        Button skip = new Button("Skip to the ratings");
        skip.setId("skip-to-ratings");
        skip.addClassName("skip-link");
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        skip.getElement().executeJs("this.addEventListener('click', () => { $0._cur.c = -1; $0._panelGo('rating', 0); });", page.getElement());
        return skip;
    }

    private static Dialog overlay() {
        Dialog dialog = new Dialog();
        dialog.setId("shortcut-help");
        dialog.setHeaderTitle("Keyboard shortcuts");
        dialog.setWidth("min(34rem, 100vw)");
        dialog.add(new Paragraph("Plain keys work when you are not typing in a text field; Alt+Shift ones (Option+Shift on a Mac) work"
                + " everywhere, also while typing notes or evidence."));
        DescriptionList list = new DescriptionList();
        list.addClassName("shortcut-keys");
        list.setId("shortcut-list");
        // The overlay scrolls on a short screen: the list takes the focus, so that the keyboard can scroll it.
        list.getElement().setAttribute("tabindex", "0").setAttribute("aria-label", "Keyboard shortcuts");
        for (Shortcut shortcut : ALL) {
            Element keys = new Element("dt");
            keys.appendChild(kbd(shortcut.key()));
            if (shortcut.withModifier() != null) {
                keys.appendChild(Element.createText(" or "), kbd(shortcut.withModifier()));
            }
            Element does = new Element("dd");
            does.setText(shortcut.does());
            list.getElement().appendChild(keys, does);
        }
        dialog.add(list);
        Button close = new Button("Close", e -> dialog.close());
        close.setAutofocus(true);
        dialog.getFooter().add(close);
        return dialog;
    }

    private static Element kbd(String key) {
        Element kbd = new Element("kbd");
        kbd.setText(key);
        return kbd;
    }
}
