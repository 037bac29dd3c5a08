package dev.panel.drill;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How each interviewer's submitted ratings compare with the consensus, and how widely the panel read each
 * sample answer. Only submitted ratings and samples with a consensus take part.
 */
@Serdeable
public record DrillReport(long drillId, int levels, double kappaBar, List<InterviewerResult> interviewers, List<SampleSpread> samples) {

    /**
     * Below this many compared sample answers kappa is not reported: with three or four answers a single
     * rating moves it across most of its range, so exact and adjacent agreement say more honestly how close
     * the interviewer was. Such a drill cannot make anyone calibrated.
     */
    public static final int SMALL_SAMPLE = 5;

    /** An answer is flagged when its ratings span at least this many levels and no level holds a majority. */
    public static final int REWORDING_SPREAD = 2;

    /**
     * One interviewer against the consensus. {@code kappa} is empty for a small sample or when it is undefined;
     * {@code meanDeviation} is their level minus the consensus on average: above zero softer, below harsher.
     */
    @Serdeable
    public record InterviewerResult(long interviewerId, int compared, @Nullable Double kappa, double exactAgreement,
                                    double adjacentAgreement, double meanDeviation, boolean calibrated) {

        public boolean smallSample() {
            return compared < SMALL_SAMPLE;
        }
    }

    /** How the panel rated one sample answer: how many chose each level, and the distance between the extremes. */
    @Serdeable
    public record SampleSpread(long sampleId, int position, @Nullable Integer consensus, Map<Integer, Integer> counts, int raters,
                               int spread, boolean anchorMayNeedRewording) {
    }

    public static DrillReport of(long drillId, int levels, List<SampleAnswer> samples, List<DrillRating> ratings, CalibrationPolicy policy) {
        List<DrillRating> submitted = ratings.stream().filter(DrillRating::submitted).filter(r -> r.level() != null).toList();
        Map<Long, SampleAnswer> byId = samples.stream().collect(Collectors.toMap(SampleAnswer::id, Function.identity()));
        Map<Long, List<DrillRating>> byInterviewer = submitted.stream()
                .collect(Collectors.groupingBy(DrillRating::interviewerId, TreeMap::new, Collectors.toList()));
        List<InterviewerResult> results = new ArrayList<>();
        for (Map.Entry<Long, List<DrillRating>> entry : byInterviewer.entrySet()) {
            List<DrillRating> compared = entry.getValue().stream()
                    .filter(r -> byId.containsKey(r.sampleId()) && byId.get(r.sampleId()).consensusLevel() != null).toList();
            if (!compared.isEmpty()) {
                results.add(result(entry.getKey(), compared, byId, levels, policy));
            }
        }
        List<SampleSpread> spreads = samples.stream().sorted(Comparator.comparingInt(SampleAnswer::position))
                .map(s -> spread(s, submitted.stream().filter(r -> r.sampleId() == s.id()).toList())).toList();
        return new DrillReport(drillId, levels, policy.kappaBar(), results, spreads);
    }

    private static InterviewerResult result(long interviewer, List<DrillRating> compared, Map<Long, SampleAnswer> samples, int levels,
                                            CalibrationPolicy policy) {
        int n = compared.size();
        int[] theirs = new int[n];
        int[] consensus = new int[n];
        int exact = 0;
        int adjacent = 0;
        double deviation = 0;
        for (int i = 0; i < n; i++) {
            theirs[i] = compared.get(i).level();
            consensus[i] = samples.get(compared.get(i).sampleId()).consensusLevel();
            int difference = theirs[i] - consensus[i];
            exact += difference == 0 ? 1 : 0;
            adjacent += Math.abs(difference) <= 1 ? 1 : 0;
            deviation += difference;
        }
        Double kappa = null;
        if (n >= SMALL_SAMPLE) {
            OptionalDouble k = WeightedKappa.quadratic(theirs, consensus, levels);
            kappa = k.isPresent() ? k.getAsDouble() : null;
        }
        return new InterviewerResult(interviewer, n, kappa, (double) exact / n, (double) adjacent / n, deviation / n,
                policy.isCalibrated(kappa));
    }

    static SampleSpread spread(SampleAnswer sample, List<DrillRating> ratings) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        ratings.forEach(r -> counts.merge(r.level(), 1, Integer::sum));
        int spread = counts.isEmpty() ? 0 : counts.lastKey() - counts.firstKey();
        int largest = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        boolean noMajority = largest * 2 <= ratings.size();
        return new SampleSpread(sample.id(), sample.position(), sample.consensusLevel(), counts, ratings.size(), spread,
                ratings.size() >= 2 && spread >= REWORDING_SPREAD && noMajority);
    }
}
