package dev.panel.drill;

import java.util.Collection;
import java.util.Optional;

/** The consensus a drill takes from its ratings when the hiring manager set none. */
final class Consensus {

    private Consensus() {
    }

    /**
     * The median of the levels. With an even number of ratings whose two middle levels differ, the median
     * falls between two levels; it is then rounded down, so that a split panel never reads an answer as
     * stronger than half of it did. Empty when there are no ratings.
     */
    static Optional<Integer> median(Collection<Integer> levels) {
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        int[] sorted = levels.stream().mapToInt(Integer::intValue).sorted().toArray();
        int middle = sorted.length / 2;
        if (sorted.length % 2 == 1) {
            return Optional.of(sorted[middle]);
        }
        return Optional.of(Math.floorDiv(sorted[middle - 1] + sorted[middle], 2));
    }
}
