package dev.panel.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
        this(builderOf(ratings));
    }

    private static Builder builderOf(List<Rating> ratings) {
        Builder builder = new Builder(ratings.size());
        for (Rating rating : ratings) {
            builder.add(rating.candidate(), rating.interviewer(), rating.competency(), rating.stage(), rating.value(), rating.scaleMax());
        }
        return builder;
    }

    private RatingTable(Builder built) {
        size = built.size;
        candidate = Arrays.copyOf(built.candidate, size);
        interviewer = Arrays.copyOf(built.interviewer, size);
        competency = Arrays.copyOf(built.competency, size);
        stage = Arrays.copyOf(built.stage, size);
        value = Arrays.copyOf(built.value, size);
        scaleMax = Arrays.copyOf(built.scaleMax, size);
        candidateNames.addAll(built.candidateNames);
        interviewerNames.addAll(built.interviewerNames);
        competencyNames.addAll(built.competencyNames);
        stageNames.addAll(built.stageNames);
        long[] scaleUse = new long[Rating.MAX_SCALE + 1];
        for (int r = 0; r < size; r++) {
            scaleUse[scaleMax[r]]++;
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

    /** Each rating in turn as a record, made as it is handed over (without the rubric version and time, which the table does not keep). */
    void each(Consumer<Rating> sink) {
        for (int r = 0; r < size; r++) {
            sink.accept(new Rating(candidateNames.get(candidate[r]), interviewerNames.get(interviewer[r]), competencyNames.get(competency[r]),
                    stageNames.get(stage[r]), null, value[r], scaleMax[r], null));
        }
    }

    /**
     * Ratings gathered one at a time into growing primitive columns, for callers that read a great many of them
     * (a million ratings take about 25 MB here, against well over 100 MB as records); checked as {@link Rating} is.
     */
    static final class Builder {
        private int size;
        private int[] candidate;
        private int[] interviewer;
        private int[] competency;
        private int[] stage;
        private int[] value;
        private int[] scaleMax;
        private final List<String> candidateNames = new ArrayList<>();
        private final List<String> interviewerNames = new ArrayList<>();
        private final List<String> competencyNames = new ArrayList<>();
        private final List<String> stageNames = new ArrayList<>();
        private final Map<String, Integer> candidates = new HashMap<>();
        private final Map<String, Integer> interviewers = new HashMap<>();
        private final Map<String, Integer> competencies = new HashMap<>();
        private final Map<String, Integer> stages = new HashMap<>();

        Builder(int expected) {
            int capacity = Math.max(16, expected);
            candidate = new int[capacity];
            interviewer = new int[capacity];
            competency = new int[capacity];
            stage = new int[capacity];
            value = new int[capacity];
            scaleMax = new int[capacity];
        }

        void add(String candidateName, String interviewerName, String competencyName, String stageName, int level, int scale) {
            Rating.check(candidateName, interviewerName, competencyName, level, scale);
            if (size == candidate.length) {
                int grown = size + (size >> 1) + 16;
                candidate = Arrays.copyOf(candidate, grown);
                interviewer = Arrays.copyOf(interviewer, grown);
                competency = Arrays.copyOf(competency, grown);
                stage = Arrays.copyOf(stage, grown);
                value = Arrays.copyOf(value, grown);
                scaleMax = Arrays.copyOf(scaleMax, grown);
            }
            candidate[size] = intern(candidateName, candidates, candidateNames);
            interviewer[size] = intern(interviewerName, interviewers, interviewerNames);
            competency[size] = intern(competencyName, competencies, competencyNames);
            stage[size] = intern(stageName == null || stageName.isBlank() ? "" : stageName, stages, stageNames);
            value[size] = level;
            scaleMax[size] = scale;
            size++;
        }

        RatingTable build() {
            return new RatingTable(this);
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
