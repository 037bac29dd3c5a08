package dev.panel.scorecard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.PanelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Saves the draft whenever the form says something changed (the fields already wait for a pause in
 * typing). A save that fails keeps the text in the page, says so at once and retries every few seconds
 * until it succeeds; a save refused because another tab saved newer text stops autosaving rather than
 * overwrite it. Submitting goes through it too: a submission the database cannot take yet is kept and
 * retried the same way, once, after the last draft is saved. Scorecards and drill attempts both save through it.
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
    static final String NOT_SUBMITTED_YET = "Not submitted yet: Panel cannot reach its database. Everything you wrote is still here,"
            + " and it is submitted as soon as the database is back; keep this page open.";
    private static final Logger LOG = LoggerFactory.getLogger(DraftAutosave.class);

    private final Drafts<T> drafts;
    private final SaveStatus status;
    /** The page this autosave belongs to, whose session lock a save from outside a request takes; null outside a page. */
    private final UI ui;
    private T card;
    private boolean pending;
    private boolean stopped;
    private Registration retry;
    private Submission<T> submission;
    /** Why the last save was refused (a newer save elsewhere, input the draft cannot hold); null when it was not. */
    private String refusal;

    /** A submission waiting for the database: what submits the saved draft, and what the page does with the answer. */
    private record Submission<T>(UnaryOperator<T> submit, Consumer<T> done, Consumer<String> refused, boolean told) {
    }

    public DraftAutosave(T draft, Drafts<T> drafts, SaveStatus status, HeldDrafts held) {
        this.card = draft;
        this.drafts = drafts;
        this.status = status;
        this.ui = UI.getCurrent();
        held.add(this);
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

    /** Whether a submission is waiting for the database. */
    public boolean isSubmitting() {
        return submission != null;
    }

    /**
     * Saves what is unsaved, then submits through {@code submit}. While the database cannot be reached the page
     * says so and both are retried every few seconds until they go through; a refusal (something missing, a newer
     * save from another tab) ends the attempt and is handed to {@code refused}. {@code submit} must be idempotent.
     */
    public void submit(UnaryOperator<T> submit, Consumer<T> done, Consumer<String> refused) {
        submission = new Submission<>(submit, done, refused, false);
        trySubmit();
    }

    private void trySubmit() {
        Submission<T> waiting = submission;
        if (pending && !stopped) {
            save();
        }
        if (refusal != null) {
            submission = null;
            waiting.refused().accept(refusal);
            return;
        }
        if (pending) {
            waitForDatabase(waiting);
            return;
        }
        try {
            T submitted = waiting.submit().apply(card);
            card = submitted;
            submission = null;
            stopRetrying();
            waiting.done().accept(submitted);
        } catch (PanelException refused) {
            submission = null;
            stopRetrying();
            waiting.refused().accept(refused.getMessage());
        } catch (RuntimeException failure) {
            LOG.warn("Submitting failed; retrying", failure);
            retryLater();
            waitForDatabase(waiting);
        }
    }

    /** Says so in the status line and, once, beside the button the interviewer just clicked, which is far from that line. */
    private void waitForDatabase(Submission<T> waiting) {
        status.failed(NOT_SUBMITTED_YET);
        if (!waiting.told()) {
            submission = new Submission<>(waiting.submit(), waiting.done(), waiting.refused(), true);
            Notification.show(NOT_SUBMITTED_YET, 10_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
    }

    /** Whether this page holds work the database does not have yet: unsaved text, or a submission waiting. */
    boolean isHolding() {
        return (pending && !stopped) || submission != null;
    }

    /**
     * The instance is stopping and no request is in flight: saves what this page holds, and submits a waiting
     * submission, under the page's session lock. True when nothing was left unsaved.
     */
    boolean saveBeforeStop() {
        if (ui == null) {
            return !isHolding();
        }
        try {
            ui.accessSynchronously(() -> {
                if (submission != null) {
                    trySubmit();
                } else {
                    flush();
                }
            });
        } catch (com.vaadin.flow.component.UIDetachedException closed) {
            return false;
        }
        return !isHolding();
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
            refusal = null;
            status.saved(drafts.savedAt(card), drafts.version(card));
            stopRetrying();
        } catch (ConflictException stale) {
            stopped = true;
            refusal = stale.getMessage();
            stopRetrying();
            status.failed(stale.getMessage());
        } catch (InvalidInputException refused) {
            refusal = "Not saved: " + refused.getMessage();
            status.failed(refusal);
        } catch (RuntimeException failure) {
            LOG.warn("Autosave of a draft failed; retrying", failure);
            refusal = null;
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
            if (submission != null) {
                trySubmit();
            } else if (pending && !stopped) {
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
