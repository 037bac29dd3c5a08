package dev.panel.calibration;

import java.util.Arrays;

/**
 * Shrout and Fleiss's ICCs need a complete design: within a competency, the same k >= 2 interviewers each rated
 * every one of n >= 2 candidates exactly once, on one scale. This finds, per competency, whether the ratings form
 * such a table, and computes {@link Icc} when they do ({@code null} when they do not).
 */
final class IccDesign {

    private IccDesign() {
    }

    static Icc[] of(RatingTable table, int[] unitOrder) {
        Icc[] result = new Icc[table.competencies()];
        int[] judgeColumn = new int[table.interviewers()];
        int start = 0;
        while (start < unitOrder.length) {
            int competency = table.competency[unitOrder[start]];
            int end = start;
            while (end < unitOrder.length && table.competency[unitOrder[end]] == competency) {
                end++;
            }
            result[competency] = complete(table, unitOrder, start, end, judgeColumn);
            start = end;
        }
        return result;
    }

    /** The ICC of one competency's block of runs, or null when the block is not a complete table. */
    private static Icc complete(RatingTable table, int[] order, int from, int to, int[] judgeColumn) {
        Arrays.fill(judgeColumn, -1);
        int judges = 0;
        int scale = table.scaleMax[order[from]];
        int unitEnd = UnitRuns.end(table, order, from);
        for (int i = from; i < unitEnd; i++) {
            int interviewer = table.interviewer[order[i]];
            if (judgeColumn[interviewer] >= 0) {
                return null;
            }
            judgeColumn[interviewer] = judges++;
        }
        int targets = (to - from) / judges;
        if (judges < 2 || targets < 2 || targets * judges != to - from) {
            return null;
        }
        double[][] ratings = new double[targets][judges];
        for (int t = 0; t < targets; t++) {
            int unitStart = from + t * judges;
            if (UnitRuns.end(table, order, unitStart) != unitStart + judges) {
                return null;
            }
            boolean[] seen = new boolean[judges];
            for (int i = unitStart; i < unitStart + judges; i++) {
                int r = order[i];
                int column = judgeColumn[table.interviewer[r]];
                if (column < 0 || seen[column] || table.scaleMax[r] != scale) {
                    return null;
                }
                seen[column] = true;
                ratings[t][column] = table.value[r];
            }
        }
        return Icc.of(ratings);
    }
}
