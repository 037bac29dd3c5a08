package dev.panel.scorecard.ui;

import dev.panel.common.InstanceStopping;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The autosaves of the pages open on this instance, so that a stopping instance saves what they hold: text whose
 * save failed and waits for its retry, and a submission waiting for the database. Held weakly: a page that is gone
 * (its session ended) is forgotten with it.
 */
@Singleton
public class HeldDrafts {

    private static final Logger LOG = LoggerFactory.getLogger(HeldDrafts.class);

    private final Set<DraftAutosave<?>> open = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    void add(DraftAutosave<?> autosave) {
        open.add(autosave);
    }

    /** Saves every page's unsaved text and waiting submission; run once the instance has finished its requests. */
    @EventListener
    void onStopping(InstanceStopping stopping) {
        List<DraftAutosave<?>> pages;
        synchronized (open) {
            pages = new ArrayList<>(open);
        }
        int held = 0;
        int left = 0;
        for (DraftAutosave<?> page : pages) {
            if (page.isHolding()) {
                held++;
                if (!page.saveBeforeStop()) {
                    left++;
                }
            }
        }
        if (held > 0) {
            LOG.info("Stopping: open pages holding unsaved work: {}; saved: {}; not saved (their text stays in the browser): {}",
                    held, held - left, left);
        }
    }
}
