package dev.panel.decision.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.panel.decision.MissingScorecard;
import dev.panel.decision.Outcome;

import java.util.List;

/**
 * Outcome and reason; both required. While scorecards are missing it says whose, and recording asks for a written
 * reason to decide early first ({@link EarlyDecisionDialog}). Fires a {@link DecideEvent} the view handles.
 */
class DecisionForm extends VerticalLayout {

    /** The form's bean: what the hiring manager has filled in so far. */
    static final class Draft {
        private Outcome outcome;
        private String reason = "";
        private String earlyReason;

        public Outcome getOutcome() {
            return outcome;
        }

        public void setOutcome(Outcome outcome) {
            this.outcome = outcome;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        /** Why decide before every scorecard is in; null when none is missing. */
        public String getEarlyReason() {
            return earlyReason;
        }

        public void setEarlyReason(String earlyReason) {
            this.earlyReason = earlyReason;
        }
    }

    static final class DecideEvent extends ComponentEvent<DecisionForm> {
        private final Draft draft;

        DecideEvent(DecisionForm source, Draft draft) {
            super(source, false);
            this.draft = draft;
        }

        Draft draft() {
            return draft;
        }
    }

    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final Button decide = new Button("Record decision");

    DecisionForm(List<MissingScorecard> missing) {
        setId("decision-form");
        setPadding(false);
        RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>("Outcome");
        outcome.setId("decision-outcome");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(Outcome::label);
        TextArea reason = new TextArea("Reason");
        reason.setId("decision-reason");
        reason.setWidthFull();
        reason.setMaxLength(4000);
        reason.setHelperText("What in the evidence decided it; kept with the decision, your name and the time.");
        binder.forField(outcome).asRequired("Choose hire or no hire.").bind(Draft::getOutcome, Draft::setOutcome);
        binder.forField(reason).asRequired("A decision needs its reason.").bind(Draft::getReason, Draft::setReason);
        binder.setBean(new Draft());
        decide.setId("record-decision");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setDisableOnClick(true);
        decide.addClickListener(click -> {
            if (!binder.validate().isOk()) {
                decide.setEnabled(true);
            } else if (missing.isEmpty()) {
                fireEvent(new DecideEvent(this, binder.getBean()));
            } else {
                EarlyDecisionDialog early = new EarlyDecisionDialog(missing, why -> {
                    binder.getBean().setEarlyReason(why);
                    fireEvent(new DecideEvent(this, binder.getBean()));
                });
                early.addOpenedChangeListener(e -> decide.setEnabled(!e.isOpened()));
                early.open();
            }
        });
        add(new H2("Decision"));
        if (!missing.isEmpty()) {
            Paragraph early = new Paragraph("Deciding now is deciding early: " + MissingScorecard.sentence(missing)
                    + " You will be asked to write why you do not wait.");
            early.setId("decision-early-warning");
            early.addClassNames(LumoUtility.TextColor.WARNING, LumoUtility.FontWeight.MEDIUM);
            add(early);
        }
        add(outcome, reason, decide);
    }

    Registration addDecideListener(com.vaadin.flow.component.ComponentEventListener<DecideEvent> listener) {
        return addListener(DecideEvent.class, listener);
    }

    void enableAgain() {
        decide.setEnabled(true);
    }
}
