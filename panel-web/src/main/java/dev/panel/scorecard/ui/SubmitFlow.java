package dev.panel.scorecard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import dev.panel.loop.FrozenPlan;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.scorecard.ScorecardService;
import dev.panel.user.Actor;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Submitting and amending: the Submit button opens the review, whose own button submits (or saves the amendment); an
 * amendment first asks why. Both go through the autosave, which saves what is unsaved first and retries while the
 * database is away.
 */
class SubmitFlow {

    private final Button submit = new Button("Submit scorecard");
    private final Button amend = new Button("Amend…");
    private final ScorecardService scorecards;
    private final Actor actor;
    private final InterviewKit kit;
    private final ScorecardForm form;
    private final Map<Long, String> competencyNames;
    private final Supplier<ScorecardContent> content;
    private final Consumer<Scorecard> done;
    private DraftAutosave<Scorecard> autosave;
    private String amendmentReason;
    /** The review on screen, so that a double click on Submit opens one. */
    private SubmitReview open;

    /** {@code done} runs with the submitted or amended scorecard. */
    SubmitFlow(ScorecardService scorecards, Actor actor, FrozenPlan.Stage stage, InterviewKit kit, ScorecardForm form,
               Supplier<ScorecardContent> content, Consumer<Scorecard> done) {
        this.scorecards = scorecards;
        this.actor = actor;
        this.kit = kit;
        this.form = form;
        this.content = content;
        this.done = done;
        this.competencyNames = stage.focus().stream().collect(Collectors.toMap(FrozenPlan.Focus::competencyId, FrozenPlan.Focus::name));
        submit.setId("submit-scorecard");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> review());
        amend.setId("amend-scorecard");
        amend.addClickListener(e -> askForAmendmentReason());
    }

    void use(DraftAutosave<Scorecard> autosave) {
        this.autosave = autosave;
    }

    Button submitButton() {
        return submit;
    }

    Button amendButton() {
        return amend;
    }

    void showState(boolean submitted) {
        submit.setVisible(!submitted || amendmentReason != null);
        amend.setVisible(submitted && amendmentReason == null);
    }

    private void review() {
        if (autosave.isSubmitting() || (open != null && open.isOpened())) {
            return;
        }
        ScorecardContent now = content.get();
        String action = amendmentReason != null ? "Save amendment" : "Submit scorecard";
        open = new SubmitReview(action, SubmitReview.lines(form.byCompetency()),
                now.recommendation() == null ? null : now.recommendation().label(),
                now.missingForSubmission(competencyNames), kit.withoutNotes(), this::confirmed);
        open.open();
    }

    private void confirmed() {
        if (autosave.isSubmitting()) {
            return;
        }
        submit.setEnabled(false);
        if (amendmentReason != null) {
            String why = amendmentReason;
            autosave.submit(card -> scorecards.amend(actor, card.id(), why, content.get()), amended -> {
                amendmentReason = null;
                submit.setText("Submit scorecard");
                submit.setEnabled(true);
                done.accept(amended);
                told("Amendment saved. The original is kept with your reason.");
            }, this::refused);
            return;
        }
        autosave.submit(card -> scorecards.submit(actor, stored(card).id()), submitted -> {
            submit.setEnabled(true);
            done.accept(submitted);
            told("Scorecard submitted. The panel's scorecards are now open to you.");
        }, this::refused);
    }

    /** The draft as stored: one never saved (nothing was typed) is stored first, so that the refusal names what is missing. */
    private Scorecard stored(Scorecard card) {
        return card.id() != null ? card : scorecards.saveMine(actor, card.interviewId(), null, content.get());
    }

    private void refused(String why) {
        Notification.show(why, 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        submit.setEnabled(true);
    }

    private static void told(String what) {
        Notification.show(what, 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void askForAmendmentReason() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Amend your submitted scorecard");
        TextArea reason = new TextArea("Why are you changing it?");
        reason.setId("amendment-reason");
        reason.setWidth("min(28rem, 80vw)");
        Button start = new Button("Edit scorecard", e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("An amendment needs a reason; it is kept with the original.");
                return;
            }
            amendmentReason = reason.getValue();
            dialog.close();
            kit.setEditable(true);
            form.setEditable(true);
            submit.setText("Save amendment");
            submit.setEnabled(true);
            showState(true);
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph("The submitted version is kept, with your name, the time and this reason."), reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), start);
        dialog.open();
    }
}
