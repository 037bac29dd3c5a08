package dev.panel.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A bounded map of rows that never change once written (a loop's frozen stages, rubric versions, API tokens), so
 * that a request that needs them again does not go back to the database: every autosave did. The least recently
 * used entry goes first. Only for immutable values; nothing here notices a changed row.
 * (Hand-written: Panel has no cache library, and these few lines need none.)
 */
public final class RecentlyUsed<K, V> {

    private final Map<K, V> entries;

    public RecentlyUsed(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value, loaded on a miss; a load that finds nothing (empty) is not kept, so a row written later is seen. */
    public Optional<V> get(K key, Function<K, Optional<V>> load) {
        Optional<V> known = known(key);
        if (known.isPresent()) {
            return known;
        }
        Optional<V> loaded = load.apply(key);
        loaded.ifPresent(value -> remember(key, value));
        return loaded;
    }

    public Optional<V> known(K key) {
        synchronized (entries) {
            return Optional.ofNullable(entries.get(key));
        }
    }

    public void remember(K key, V value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }
}
