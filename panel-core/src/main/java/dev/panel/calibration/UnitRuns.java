package dev.panel.calibration;

/** Runs of one unit (a candidate on a competency) in an order made by {@link RatingTable#orderBy}. */
final class UnitRuns {

    private UnitRuns() {
    }

    /** The end (exclusive) of the run of the unit that starts at {@code start}. */
    static int end(RatingTable table, int[] order, int start) {
        int first = order[start];
        int end = start + 1;
        while (end < order.length && table.candidate[order[end]] == table.candidate[first]
                && table.competency[order[end]] == table.competency[first]) {
            end++;
        }
        return end;
    }

    /** The ratings ordered by competency, then candidate: each unit one run, each competency one block of runs. */
    static int[] byCompetency(RatingTable table) {
        return table.orderBy(table.competency, table.competencies(), table.candidate, table.candidates());
    }
}
