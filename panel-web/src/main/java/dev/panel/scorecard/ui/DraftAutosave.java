package dev.panel.scorecard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.scorecard.ScorecardService;
import dev.panel.user.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * Saves the draft whenever the form says something changed (the fields already wait for a pause in
 * typing). A save that fails keeps the text in the page, says so at once and retries every few seconds
 * until it succeeds; a save refused because another tab saved newer text stops autosaving rather than
 * overwrite it.
 */
class DraftAutosave {

    static final int RETRY_MILLIS = 5000;
    private static final Logger LOG = LoggerFactory.getLogger(DraftAutosave.class);

    private final ScorecardService scorecards;
    private final Actor actor;
    private final Supplier<ScorecardContent> form;
    private final SaveStatus status;
    private Scorecard card;
    private boolean pending;
    private boolean stopped;
    private Registration retry;

    DraftAutosave(ScorecardService scorecards, Actor actor, Scorecard card, Supplier<ScorecardContent> form, SaveStatus status) {
        this.scorecards = scorecards;
        this.actor = actor;
        this.card = card;
        this.form = form;
        this.status = status;
    }

    Scorecard card() {
        return card;
    }

    void adopt(Scorecard newer) {
        this.card = newer;
    }

    boolean isPending() {
        return pending;
    }

    /** Something in the form changed: save it now. */
    void changed() {
        if (stopped || card.isSubmitted()) {
            return;
        }
        pending = true;
        save();
    }

    /** Saves now if anything is unsaved; true when nothing is left unsaved. */
    boolean flush() {
        if (pending && !stopped) {
            save();
        }
        return !pending;
    }

    private void save() {
        status.unsaved();
        try {
            card = scorecards.saveDraft(actor, card.id(), card.version(), form.get());
            pending = false;
            status.saved(card.updatedAt(), card.version());
            stopRetrying();
        } catch (ConflictException stale) {
            stopped = true;
            stopRetrying();
            status.failed(stale.getMessage());
        } catch (InvalidInputException refused) {
            status.failed("Not saved: " + refused.getMessage());
        } catch (RuntimeException failure) {
            LOG.warn("Autosave of scorecard {} failed; retrying", card.id(), failure);
            status.failed("Not saved yet: Panel cannot reach its database. Your text is still here and is saved as soon as it can be.");
            retryLater();
        }
    }

    private void retryLater() {
        UI ui = UI.getCurrent();
        if (ui == null || retry != null) {
            return;
        }
        ui.setPollInterval(RETRY_MILLIS);
        retry = ui.addPollListener(event -> {
            if (pending && !stopped) {
                save();
            } else {
                stopRetrying();
            }
        });
    }

    private void stopRetrying() {
        if (retry != null) {
            retry.remove();
            retry = null;
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.setPollInterval(-1);
            }
        }
    }
}
