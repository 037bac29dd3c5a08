package dev.panel.scorecard.ui;

import com.vaadin.flow.component.Component;

/**
 * The interview pages' own CSS, put in the page once as a style element (the app has no theme build; the policy allows
 * inline styles). It makes focus visible on everything, and turns the kit and the scorecard into two panes with a
 * switcher when the page is narrower than both side by side (a container query, so an open side navigation counts).
 */
final class ScoringStyles {

    private static final String CSS = """
            .scoring-page { container-type: inline-size; box-sizing: border-box; width: 100%; }
            .scoring-page h1, .scoring-page h2, .scoring-page h3, .scoring-page p, .scoring-page span, .scoring-page li { overflow-wrap: anywhere; }
            .scoring-page :focus-visible, .scoring-page [focus-ring], vaadin-dialog-overlay :focus-visible, vaadin-dialog-overlay [focus-ring] {
              outline: 3px solid var(--lumo-primary-color); outline-offset: 2px; }
            .scoring-bar { position: sticky; top: var(--_vaadin-app-layout-navbar-offset-size, 0); z-index: 3; background: var(--lumo-base-color); display: flex; flex-wrap: wrap;
              align-items: center; gap: var(--lumo-space-s); padding: var(--lumo-space-xs) 0; width: 100%;
              border-bottom: 1px solid var(--lumo-contrast-10pct); box-sizing: border-box; }
            .scoring-bar .bar-spacer { flex: 1 1 0; }
            .scoring-columns { display: flex; flex-wrap: wrap; gap: var(--lumo-space-l); width: 100%; }
            .scoring-kit { flex: 3 1 30rem; min-width: 0; }
            .scoring-form { flex: 2 1 22rem; min-width: 0; }
            .pane-switch { display: none; }
            .pane-switch[aria-pressed="true"] { font-weight: 700; text-decoration: underline; text-underline-offset: 0.3em; }
            @container (max-width: 54rem) {
              .pane-switch { display: inline-flex; }
              .scoring-kit, .scoring-form { flex: 1 1 100%; }
              .scoring-columns[data-show="scorecard"] .scoring-kit, .scoring-columns:not([data-show="scorecard"]) .scoring-form { display: none; }
            }
            .question-card:focus { outline: 3px solid var(--lumo-primary-color); outline-offset: 2px; }
            .question-timer[data-over] .question-clock { color: var(--lumo-error-text-color); }
            .question-timer[data-running] .question-clock { color: var(--lumo-primary-text-color); }
            .skip-link:not(:focus):not(:focus-within), .sr-only { position: absolute !important; width: 1px; height: 1px; overflow: hidden;
              clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; margin: 0; padding: 0; }
            .shortcut-keys kbd { font-family: var(--lumo-font-family); border: 1px solid var(--lumo-contrast-30pct);
              border-radius: var(--lumo-border-radius-s); padding: 0 0.35em; }
            .shortcut-keys dt { font-weight: 600; margin-top: var(--lumo-space-s); }
            .shortcut-keys dd { margin-left: 0; color: var(--lumo-secondary-text-color); }
            """;

    private ScoringStyles() {
    }

    static void install(Component page) {
        page.getElement().executeJs("""
                if (!document.getElementById('panel-scoring-styles')) {
                  const style = document.createElement('style'); style.id = 'panel-scoring-styles'; style.textContent = $0;
                  document.head.appendChild(style);
                }""", CSS);
    }
}
