package dev.panel.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ratings as primitive columns indexed by dense ids (0..count-1 per facet, in order of first appearance), so
 * that the statistics run over {@code int[]} and {@code double[]} with no boxing in their loops. Names are
 * interned once here, with the only hash lookups of the whole analysis.
 *
 * <p>Mixed scales: the <em>reference scale</em> is the scale maximum used by most ratings (the larger on a tie).
 * Means, spreads, leniency and halo use each value mapped linearly onto the reference scale,
 * {@code 1 + (v - 1)(R - 1)/(m - 1)}, which is the value itself when every rating uses one scale.
 */
final class RatingTable {

    final int size;
    final List<String> candidateNames = new ArrayList<>();
    final List<String> interviewerNames = new ArrayList<>();
    final List<String> competencyNames = new ArrayList<>();
    final List<String> stageNames = new ArrayList<>();
    final int[] candidate;
    final int[] interviewer;
    final int[] competency;
    final int[] stage;
    final int[] value;
    final int[] scaleMax;
    /** Each value on the reference scale. */
    final double[] onReference;
    final int referenceScale;
    /** Each competency's main scale: the maximum most of its ratings use (the larger on a tie). */
    final int[] competencyScale;
    final boolean mixedScales;

    RatingTable(List<Rating> ratings) {
        size = ratings.size();
        candidate = new int[size];
        interviewer = new int[size];
        competency = new int[size];
        stage = new int[size];
        value = new int[size];
        scaleMax = new int[size];
        Map<String, Integer> candidates = new HashMap<>();
        Map<String, Integer> interviewers = new HashMap<>();
        Map<String, Integer> competencies = new HashMap<>();
        Map<String, Integer> stages = new HashMap<>();
        long[] scaleUse = new long[Rating.MAX_SCALE + 1];
        for (int r = 0; r < size; r++) {
            Rating rating = ratings.get(r);
            candidate[r] = intern(rating.candidate(), candidates, candidateNames);
            interviewer[r] = intern(rating.interviewer(), interviewers, interviewerNames);
            competency[r] = intern(rating.competency(), competencies, competencyNames);
            stage[r] = intern(rating.stage(), stages, stageNames);
            value[r] = rating.value();
            scaleMax[r] = rating.scaleMax();
            scaleUse[rating.scaleMax()]++;
        }
        referenceScale = mostUsed(scaleUse);
        int scalesUsed = 0;
        for (long use : scaleUse) {
            scalesUsed += use > 0 ? 1 : 0;
        }
        mixedScales = scalesUsed > 1;
        onReference = new double[size];
        for (int r = 0; r < size; r++) {
            onReference[r] = scaleMax[r] == referenceScale ? value[r]
                    : 1.0 + (value[r] - 1.0) * (referenceScale - 1.0) / (scaleMax[r] - 1.0);
        }
        long[][] competencyScaleUse = new long[competencies()][Rating.MAX_SCALE + 1];
        for (int r = 0; r < size; r++) {
            competencyScaleUse[competency[r]][scaleMax[r]]++;
        }
        competencyScale = new int[competencies()];
        for (int c = 0; c < competencyScale.length; c++) {
            competencyScale[c] = mostUsed(competencyScaleUse[c]);
        }
    }

    int candidates() {
        return candidateNames.size();
    }

    int interviewers() {
        return interviewerNames.size();
    }

    int competencies() {
        return competencyNames.size();
    }

    int stages() {
        return stageNames.size();
    }

    /**
     * The rating indices ordered by {@code primary} then {@code secondary} (both dense ids), so that each
     * (primary, secondary) group is one run: two stable counting sorts, O(n + counts), no comparisons.
     */
    int[] orderBy(int[] primary, int primaryCount, int[] secondary, int secondaryCount) {
        int[] bySecondary = countingSort(identity(), secondary, secondaryCount);
        return countingSort(bySecondary, primary, primaryCount);
    }

    private int[] identity() {
        int[] order = new int[size];
        for (int r = 0; r < size; r++) {
            order[r] = r;
        }
        return order;
    }

    private static int[] countingSort(int[] order, int[] key, int keyCount) {
        int[] start = new int[keyCount + 1];
        for (int r : order) {
            start[key[r] + 1]++;
        }
        for (int k = 0; k < keyCount; k++) {
            start[k + 1] += start[k];
        }
        int[] sorted = new int[order.length];
        for (int r : order) {
            sorted[start[key[r]]++] = r;
        }
        return sorted;
    }

    private static int intern(String name, Map<String, Integer> ids, List<String> names) {
        Integer id = ids.get(name);
        if (id == null) {
            id = names.size();
            ids.put(name, id);
            names.add(name);
        }
        return id;
    }

    private static int mostUsed(long[] use) {
        int best = 0;
        for (int m = 0; m < use.length; m++) {
            if (use[m] > 0 && use[m] >= use[best]) {
                best = m;
            }
        }
        return best;
    }
}
