package dev.panel.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A panel with known parameters, rated by the many-facet Rasch model itself: abilities ~ N(0, 1), severities
 * ~ N(0, {@code severitySd}), competency difficulties spread evenly over [-0.5, 0.5], thresholds -1.5, 0, 1.5 on
 * a four-point scale. Each candidate meets {@code interviewersPerCandidate} distinct interviewers, each of whom
 * rates {@code competenciesPerInterview} distinct competencies in one scorecard.
 */
final class SimulatedPanel {

    static final double[] THRESHOLDS = {0, -1.5, 0, 1.5};

    final double[] ability;
    final double[] severity;
    final double[] difficulty;
    final List<Rating> ratings = new ArrayList<>();

    SimulatedPanel(long seed, int candidates, int interviewers, int competencies,
                   int interviewersPerCandidate, int competenciesPerInterview, double severitySd) {
        Random random = new Random(seed);
        ability = new double[candidates];
        severity = new double[interviewers];
        difficulty = new double[competencies];
        for (int c = 0; c < candidates; c++) {
            ability[c] = random.nextGaussian();
        }
        for (int j = 0; j < interviewers; j++) {
            severity[j] = severitySd * random.nextGaussian();
        }
        for (int d = 0; d < competencies; d++) {
            difficulty[d] = competencies == 1 ? 0 : -0.5 + d / (competencies - 1.0);
        }
        String[] candidateNames = names(candidates, SimulatedPanel::candidate);
        String[] interviewerNames = names(interviewers, SimulatedPanel::interviewer);
        String[] competencyNames = names(competencies, SimulatedPanel::competency);
        String[] stageNames = names(interviewersPerCandidate, p -> "stage-" + p);
        int[] panel = new int[interviewers];
        int[] topics = new int[competencies];
        for (int c = 0; c < candidates; c++) {
            pick(random, panel, interviewersPerCandidate);
            for (int p = 0; p < interviewersPerCandidate; p++) {
                int j = panel[p];
                pick(random, topics, competenciesPerInterview);
                for (int q = 0; q < competenciesPerInterview; q++) {
                    int d = topics[q];
                    int level = draw(random, ability[c] - severity[j] - difficulty[d]);
                    ratings.add(new Rating(candidateNames[c], interviewerNames[j], competencyNames[d], stageNames[p], 1, level, 4, null));
                }
            }
        }
    }

    private static String[] names(int count, java.util.function.IntFunction<String> name) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = name.apply(i);
        }
        return names;
    }

    static String candidate(int c) {
        return "candidate-" + c;
    }

    static String interviewer(int j) {
        return "interviewer-" + j;
    }

    static String competency(int d) {
        return "competency-" + d;
    }

    /** The first {@code k} entries of {@code into} become a uniform random sample of 0..length-1 (partial shuffle). */
    private static void pick(Random random, int[] into, int k) {
        for (int i = 0; i < into.length; i++) {
            into[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int other = i + random.nextInt(into.length - i);
            int swap = into[i];
            into[i] = into[other];
            into[other] = swap;
        }
    }

    /** A level 1..4 drawn from the rating-scale model at {@code eta}. */
    private static int draw(Random random, double eta) {
        double[] weight = new double[THRESHOLDS.length];
        double sum = 0;
        double cumulative = 0;
        for (int x = 0; x < weight.length; x++) {
            cumulative += x == 0 ? 0 : eta - THRESHOLDS[x];
            weight[x] = Math.exp(cumulative);
            sum += weight[x];
        }
        double u = random.nextDouble() * sum;
        for (int x = 0; x < weight.length; x++) {
            u -= weight[x];
            if (u <= 0) {
                return x + 1;
            }
        }
        return weight.length;
    }
}
