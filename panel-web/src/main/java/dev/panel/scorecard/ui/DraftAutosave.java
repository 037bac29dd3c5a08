package dev.panel.scorecard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Saves the draft whenever the form says something changed (the fields already wait for a pause in
 * typing). A save that fails keeps the text in the page, says so at once and retries every few seconds
 * until it succeeds; a save refused because another tab saved newer text stops autosaving rather than
 * overwrite it. Scorecards and drill attempts both save through it.
 */
public class DraftAutosave<T> {

    /** How one kind of draft is saved and described; {@code save} writes what is in the form over the draft last saved. */
    public interface Drafts<T> {

        T save(T current);

        boolean isFinal(T current);

        Instant savedAt(T saved);

        long version(T saved);
    }


    static final int RETRY_MILLIS = 5000;
    private static final Logger LOG = LoggerFactory.getLogger(DraftAutosave.class);

    private final Drafts<T> drafts;
    private final SaveStatus status;
    private T card;
    private boolean pending;
    private boolean stopped;
    private Registration retry;

    public DraftAutosave(T draft, Drafts<T> drafts, SaveStatus status) {
        this.card = draft;
        this.drafts = drafts;
        this.status = status;
    }

    public T card() {
        return card;
    }

    public void adopt(T newer) {
        this.card = newer;
    }

    public boolean isPending() {
        return pending;
    }

    /** Something in the form changed: save it now. */
    public void changed() {
        if (stopped || drafts.isFinal(card)) {
            return;
        }
        pending = true;
        save();
    }

    /** Saves now if anything is unsaved; true when nothing is left unsaved. */
    public boolean flush() {
        if (pending && !stopped) {
            save();
        }
        return !pending;
    }

    private void save() {
        status.unsaved();
        try {
            card = drafts.save(card);
            pending = false;
            status.saved(drafts.savedAt(card), drafts.version(card));
            stopRetrying();
        } catch (ConflictException stale) {
            stopped = true;
            stopRetrying();
            status.failed(stale.getMessage());
        } catch (InvalidInputException refused) {
            status.failed("Not saved: " + refused.getMessage());
        } catch (RuntimeException failure) {
            LOG.warn("Autosave of a draft failed; retrying", failure);
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
