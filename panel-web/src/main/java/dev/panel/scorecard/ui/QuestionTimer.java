package dev.panel.scorecard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A question's timer for its time box, started and stopped in the browser (it keeps time while a save is slow) and
 * counting up the seconds it ran, which the page stores with the notes. Starting one question's timer stops the
 * others. The browser reports the seconds when the timer stops and every half minute while it runs; stopping
 * saves. Starts, stops and the end of the time box are announced, and the time shows "over" past it, not only in red.
 */
class QuestionTimer extends Div {

    private static final String SCRIPT = """
            const el = this, box = $0, label = $2, clock = el.querySelector('.question-clock'), button = el.querySelector('vaadin-button');
            let elapsed = $1, started = null, ticker = null;
            const now = () => elapsed + (started ? Math.floor((Date.now() - started) / 1000) : 0);
            const say = (text, urgent) => { const r = document.getElementById(urgent ? $3 : $4); if (r) { r.textContent = text; } };
            const time = () => { const left = box - now(), s = Math.abs(left);
              return (left < 0 ? '\u2212' : '') + Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0') + (left < 0 ? ' over' : ' left'); };
            let warned = now() > box;
            const show = () => { clock.textContent = time(); el.toggleAttribute('data-over', now() > box);
              if (now() > box && !warned) { warned = true; say('Time is up for ' + label + '.', true); } };
            const report = stopped => el.dispatchEvent(new CustomEvent('panel-timer', { detail: { seconds: now(), stopped } }));
            const name = () => { const text = started ? 'Stop timer' : 'Start timer'; button.textContent = text;
              button.setAttribute('aria-label', text + ', ' + label); };
            el._panelStart = () => { if (started !== null || button.hasAttribute('disabled')) return;
              document.dispatchEvent(new CustomEvent('panel-timer-start', { detail: el }));
              started = Date.now(); el.setAttribute('data-running', ''); name(); show();
              ticker = setInterval(() => { show(); if (now() % 30 === 0) report(false); }, 1000);
              say('Timer of ' + label + ' started, ' + time() + '.'); };
            el._panelStop = () => { if (started === null) return; elapsed = now(); started = null; clearInterval(ticker);
              el.removeAttribute('data-running'); name(); show(); say('Timer of ' + label + ' stopped, ' + time() + '.'); report(true); };
            el._panelToggle = () => started === null ? el._panelStart() : el._panelStop();
            el._panelSeconds = now;
            document.addEventListener('panel-timer-start', e => { if (e.detail !== el) el._panelStop(); });
            document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden' && started !== null) report(false); });
            button.addEventListener('click', () => el._panelToggle());
            name(); show();""";

    private Integer seconds;

    /** {@code seconds} the timer ran before (null: never started); {@code onStop} runs when the interviewer stops it. */
    QuestionTimer(int minutes, int number, Integer seconds, Runnable onStop) {
        this.seconds = seconds;
        addClassName("question-timer");
        Span clock = new Span();
        clock.addClassName("question-clock");
        clock.getElement().setAttribute("role", "timer");
        clock.getStyle().set("font-variant-numeric", "tabular-nums").set("font-weight", "600");
        Button control = new Button("Start timer");
        control.addClassName("question-timer-control");
        control.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(clock, control);
        getStyle().set("display", "flex").set("align-items", "baseline").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        getElement().addEventListener("panel-timer", event -> {
            this.seconds = (int) event.getEventData().getNumber("event.detail.seconds");
            if (event.getEventData().getBoolean("event.detail.stopped")) {
                onStop.run();
            }
        }).addEventData("event.detail.seconds").addEventData("event.detail.stopped");
        getElement().executeJs(SCRIPT, minutes * 60, seconds == null ? 0 : seconds, "question " + number,
                Announcer.URGENT_ID, Announcer.POLITE_ID);
    }

    /** The seconds the timer has run as last reported by the browser; null when it was never started. */
    Integer seconds() {
        return seconds;
    }

    void setReadOnly(boolean readOnly) {
        getChildren().filter(Button.class::isInstance).forEach(b -> ((Button) b).setEnabled(!readOnly));
    }
}
