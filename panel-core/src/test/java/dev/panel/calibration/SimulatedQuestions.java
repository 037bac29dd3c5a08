package dev.panel.calibration;

import dev.panel.outcome.OutcomeRow;
import dev.panel.ratings.ScorecardQuestions;
import dev.panel.scorecard.Recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Loops with a known truth: three stages of two interviewers each; the bank has two questions for each stage
 * and each loop's plan puts one of them in the stage (both interviewers ask it; one in twenty leaves its notes empty). A signal question's rating follows the candidate's true
 * ability plus noise; a noise question's rating ignores it; a leaking question's rating rises with the month as its
 * answers spread. Candidates are spread over {@link #MONTHS} months; the top {@code hireShare} by raw mean are hired,
 * and every candidate's later outcome (1..5) follows true ability, so the population's validity is known from all of them.
 */
final class SimulatedQuestions {

    static final int MONTHS = 18;
    static final String[] STAGES = {"Screen", "Technical", "Values"};
    static final String[] COMPETENCIES = {"Problem solving", "Craft", "Ownership"};
    /** Question ids: stage s has questions 2s+1 and 2s+2. 1 signal, 2 noise; 3 signal, 4 leaks; 5 and 6 signal. */
    static final long SIGNAL_A = 1;
    static final long NOISE = 2;
    static final long SIGNAL_B = 3;
    static final long LEAK = 4;
    static final long[] SIGNAL = {1, 3, 5, 6};

    final List<Rating> ratings = new ArrayList<>();
    final List<ScorecardQuestions> scorecards = new ArrayList<>();
    final double[] ability;
    final double[] outcome;
    final String[] names;
    final Map<String, Recommendation> views = new HashMap<>();
    final List<OutcomeRow> outcomes = new ArrayList<>();

    SimulatedQuestions(long seed, int candidates, int interviewers, double leakPerMonth, double inflationPerMonth, double hireShare) {
        Random random = new Random(seed);
        double[] severity = new double[interviewers];
        for (int j = 0; j < interviewers; j++) {
            severity[j] = 0.3 * random.nextGaussian();
        }
        ability = new double[candidates];
        outcome = new double[candidates];
        names = new String[candidates];
        double[] rawSum = new double[candidates];
        int[] rawCount = new int[candidates];
        for (int c = 0; c < candidates; c++) {
            ability[c] = random.nextGaussian();
            names[c] = "candidate " + c;
            int month = random.nextInt(MONTHS);
            Instant at = LocalDate.of(2025, 1, 1).plusMonths(month).plusDays(random.nextInt(25)).atStartOfDay(ZoneOffset.UTC).toInstant();
            double recommendation = 0;
            int cards = 0;
            List<Integer> panel = new ArrayList<>();
            while (panel.size() < 2 * STAGES.length) {
                int j = random.nextInt(interviewers);
                if (!panel.contains(j)) {
                    panel.add(j);
                }
            }
            for (int s = 0; s < STAGES.length; s++) {
                long asked = 2L * s + 1 + random.nextInt(2);
                for (int seat = 0; seat < 2; seat++) {
                    int j = panel.get(2 * s + seat);
                    double latent = ability[c] - severity[j] + inflationPerMonth * month;
                    List<String> focus = new ArrayList<>();
                    if (s < 2) {
                        double signal = asked == NOISE ? 1.2 * random.nextGaussian() : latent + 0.7 * random.nextGaussian();
                        if (asked == LEAK) {
                            signal += leakPerMonth * month;
                        }
                        focus.add(COMPETENCIES[s]);
                        int level = level(signal);
                        add(c, j, s, COMPETENCIES[s], level, at);
                        rawSum[c] += level;
                        rawCount[c]++;
                    } else {
                        // the values stage rates ownership with either question; both carry signal
                        focus.add(COMPETENCIES[2]);
                        int level = level(latent + 0.7 * random.nextGaussian());
                        add(c, j, s, COMPETENCIES[2], level, at);
                        rawSum[c] += level;
                        rawCount[c]++;
                    }
                    recommendation += Math.max(0, Math.min(3, Math.round(1.5 + ability[c] + 0.5 * random.nextGaussian())));
                    cards++;
                    boolean answered = random.nextInt(20) > 0;
                    List<ScorecardQuestions.Asked> questions = List.of(new ScorecardQuestions.Asked(asked, "Question " + asked, 10, answered,
                            480 + random.nextInt(240), focus));
                    scorecards.add(new ScorecardQuestions(names[c], interviewer(j), "Engineer", STAGES[s], at, questions));
                }
            }
            views.put(names[c], LoopEvidence.nearest(recommendation / cards));
            outcome[c] = Math.max(1, Math.min(5, Math.round(3 + 0.9 * ability[c] + 0.8 * random.nextGaussian())));
        }
        double[] raw = new double[candidates];
        for (int c = 0; c < candidates; c++) {
            raw[c] = rawSum[c] / rawCount[c];
        }
        double[] sorted = raw.clone();
        Arrays.sort(sorted);
        double cut = sorted[(int) Math.floor((1 - hireShare) * candidates)];
        for (int c = 0; c < candidates; c++) {
            if (raw[c] >= cut) {
                outcomes.add(new OutcomeRow(names[c], "Engineer", "1-year review", null, (int) outcome[c], 5, outcome[c] > 1,
                        Instant.parse("2026-06-01T00:00:00Z")));
            }
        }
    }

    private void add(int c, int j, int s, String competency, int level, Instant at) {
        ratings.add(new Rating(names[c], interviewer(j), competency, STAGES[s], null, level, 4, at));
    }

    static String interviewer(int j) {
        return "interviewer " + j;
    }

    static int level(double latent) {
        return (int) Math.max(1, Math.min(4, Math.round(2.5 + 0.9 * latent)));
    }

    LoopEvidence evidence() {
        Map<String, String> roles = new HashMap<>();
        for (String name : names) {
            roles.put(name, "Engineer");
        }
        return new LoopEvidence(scorecards, outcomes, roles, views);
    }
}
