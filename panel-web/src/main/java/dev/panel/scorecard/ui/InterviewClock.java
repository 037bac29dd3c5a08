package dev.panel.scorecard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The interview's own clock: how long the whole conversation has left. */
class InterviewClock extends HorizontalLayout {

    InterviewClock(int minutes) {
        Span label = new Span("Interview");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(label, new Countdown(minutes, "interview-timer"));
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
    }

    /**
     * A countdown from a time box that runs in the browser, once a second, and turns red (and says "over") when the
     * time is up; the server is not involved, so it keeps time even while a save is slow.
     */
    private static class Countdown extends HorizontalLayout {

        Countdown(int minutes, String id) {
            Span clock = new Span(minutes + ":00");
            clock.addClassName(id);
            clock.getStyle().set("font-variant-numeric", "tabular-nums").set("font-weight", "600");
            clock.getElement().setAttribute("role", "timer");
            Button start = new Button("Start", click -> {
                click.getSource().setText("Restart");
                clock.getElement().executeJs("""
                        const el = this; let left = $0; clearInterval(el._panelTimer);
                        const show = () => { const s = Math.abs(left); el.textContent = (left < 0 ? '-' : '')
                            + Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0') + (left < 0 ? ' over' : '');
                            el.style.color = left < 0 ? 'var(--lumo-error-text-color)' : ''; };
                        show(); el._panelTimer = setInterval(() => { left--; show(); }, 1000);""", minutes * 60);
            });
            start.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            start.setAriaLabel("Start the interview's clock");
            add(clock, start);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setSpacing(false);
            getStyle().set("gap", "var(--lumo-space-xs)");
        }
    }
}
