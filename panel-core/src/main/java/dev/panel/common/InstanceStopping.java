package dev.panel.common;

/**
 * Published once when this instance of Panel is stopping, after it has stopped taking requests and finished the
 * ones in flight, and before its services close: whoever holds unsaved work (the pages' autosaves waiting for the
 * database, say) saves it now, synchronously, in the listener.
 */
public record InstanceStopping() {
}
