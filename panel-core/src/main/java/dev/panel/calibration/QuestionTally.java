package dev.panel.calibration;

import dev.panel.ratings.ScorecardQuestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.panel.calibration.QuestionStats.orNull;

/** What {@link QuestionAnalysis} gathers for one question in one role, and the figures and alerts made from it. */
final class QuestionTally {

    private final long questionId;
    private final String text;
    private final int minutes;
    private final String role;
    private final Set<String> focus = new LinkedHashSet<>();
    private final int[] distribution;
    private int planned;
    private int answered;
    private int timed;
    private long seconds;
    /**
     * Per candidate, in the order met (scorecards come in candidate order): sum and count of the ratings given with it,
     * residual and variance of their scorecards' ratings. The candidate being gathered is {@code current}.
     */
    private int[] candidateOf = new int[16];
    /** The four figures of each candidate, {@value #BLOCK} candidates a block: growing adds a block, never copies a large array. */
    private double[][] blocks = new double[4][];
    private int candidates;
    private int current = -1;
    private double[] block;
    private int offset;
    private final TreeMap<Integer, Month> months = new TreeMap<>();
    private int trendMonths;

    /**
     * A month's ratings given with the question, and per interviewer the sum and count of all ratings on those scorecards
     * with, third, the interviewer-month's slot in {@link QuestionAnalysis#monthTotal}.
     */
    private static final class Month {
        double itemSum;
        int itemCount;
        final Map<Integer, double[]> cards = new HashMap<>();

        double[] card(int interviewer, int slot) {
            double[] card = cards.get(interviewer);
            if (card == null) {
                card = new double[] {0, 0, slot};
                cards.put(interviewer, card);
            }
            return card;
        }
    }

    QuestionTally(ScorecardQuestions.Asked asked, String role, int referenceScale) {
        this.questionId = asked.questionId();
        this.text = asked.text();
        this.minutes = asked.minutes();
        this.role = role;
        this.distribution = new int[referenceScale];
    }

    void add(QuestionAnalysis analysis, ScorecardQuestions.Asked asked, int from, int to, int interviewer, int month, int slot) {
        planned++;
        if (asked.seconds() != null) {
            timed++;
            seconds += asked.seconds();
        }
        if (!asked.answered()) {
            return;
        }
        answered++;
        if (asked.focus() != lastAdded) {
            // adding the list just added again changes nothing
            focus.addAll(asked.focus());
            lastAdded = asked.focus();
        }
        if (from == to) {
            return;
        }
        RatingTable table = analysis.table();
        RestScore rest = analysis.rest();
        int[] rated = rated(analysis, asked.focus());
        slot(table.candidate[analysis.rating(from)]);
        double[] sums = block;
        int at = offset;
        Month m = month < 0 ? null : month(month);
        double[] card = m == null ? null : m.card(interviewer, slot);
        for (int i = from; i < to; i++) {
            int r = analysis.rating(i);
            sums[at + 2] += rest.ratingResidual[r];
            sums[at + 3] += rest.ratingVariance[r];
            if (card != null) {
                card[0] += table.onReference[r];
                card[1]++;
            }
            if (contains(rated, table.competency[r])) {
                sums[at] += table.onReference[r];
                sums[at + 1]++;
                if (table.scaleMax[r] == table.referenceScale) {
                    distribution[table.value[r] - 1]++;
                }
                if (m != null) {
                    m.itemSum += table.onReference[r];
                    m.itemCount++;
                }
            }
        }
    }

    private int lastMonth = -1;
    private Month lastMonthTally;

    /** The month's tally; consecutive scorecards of one candidate share their month, so the last is kept at hand. */
    private Month month(int month) {
        if (month != lastMonth) {
            lastMonthTally = months.computeIfAbsent(month, k -> new Month());
            lastMonth = month;
        }
        return lastMonthTally;
    }

    private List<String> lastAdded;
    private List<String> lastFocus;
    private int[] lastRated;

    /** The focus competencies' indices; the same list object as last time is not looked up again. */
    private int[] rated(QuestionAnalysis analysis, List<String> focus) {
        if (focus != lastFocus) {
            lastRated = analysis.competencies(focus);
        }
        lastFocus = focus;
        return lastRated;
    }

    static final int BLOCK = 1024;

    /** Points {@code block} and {@code offset} at the candidate's figures: a new slot when a new candidate starts. */
    private void slot(int candidate) {
        if (candidate != current) {
            if (candidates == candidateOf.length) {
                candidateOf = Arrays.copyOf(candidateOf, candidates * 2);
            }
            int b = candidates / BLOCK;
            if (candidates % BLOCK == 0) {
                if (b == blocks.length) {
                    blocks = Arrays.copyOf(blocks, b * 2);
                }
                blocks[b] = new double[4 * BLOCK];
            }
            block = blocks[b];
            offset = 4 * (candidates % BLOCK);
            candidateOf[candidates++] = candidate;
            current = candidate;
        }
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** The one-sided p of a rise of this question's monthly mean over the same interviewers' other ratings, or NaN. */
    double trend(QuestionAnalysis analysis) {
        double[] difference = new double[months.size()];
        int n = 0;
        for (Map.Entry<Integer, Month> entry : months.entrySet()) {
            Month m = entry.getValue();
            double otherSum = 0;
            double otherCount = 0;
            for (Map.Entry<Integer, double[]> card : m.cards.entrySet()) {
                double[] total = analysis.monthTotal((int) card.getValue()[2]);
                otherSum += total[0] - card.getValue()[0];
                otherCount += total[1] - card.getValue()[1];
            }
            if (m.itemCount > 0 && otherCount > 0) {
                difference[n++] = m.itemSum / m.itemCount - otherSum / otherCount;
            }
        }
        trendMonths = n;
        return MannKendall.risingP(difference, n);
    }

    QuestionStats stats(QuestionAnalysis analysis, double p, double q, int tested) {
        double[] x = new double[candidates];
        double[] y = new double[candidates];
        int n = 0;
        for (int k = 0; k < candidates; k++) {
            double[] sums = blocks[k / BLOCK];
            int at = 4 * (k % BLOCK);
            double restFair = sums[at + 1] == 0 ? Double.NaN : analysis.rest().fairWithout(candidateOf[k], sums[at + 2], sums[at + 3]);
            if (!Double.isNaN(restFair)) {
                x[n] = sums[at] / sums[at + 1];
                y[n++] = restFair;
            }
        }
        Correlation d = n < QuestionAnalysis.MIN_N ? Correlation.none(n) : Correlation.pearson(x, y, n);
        double empty = planned == 0 ? Double.NaN : (planned - answered) / (double) planned;
        double meanMinutes = timed == 0 ? Double.NaN : seconds / 60.0 / timed;
        double ratio = minutes <= 0 ? Double.NaN : meanMinutes / minutes;
        List<QuestionStats.Alert> alerts = new ArrayList<>();
        if (d.known() && n >= QuestionAnalysis.ALERT_N && d.high() < QuestionAnalysis.WEAK) {
            alerts.add(new QuestionStats.Alert("weak", String.format(Locale.ROOT, "The ratings given with this question hardly follow the rest of"
                    + " the loop: r = %.2f (95%% CI %.2f to %.2f, %d candidates). It may not tell stronger candidates from weaker ones.",
                    d.r(), d.low(), d.high(), n)));
        }
        if (!Double.isNaN(q) && q <= FalseDiscovery.ALPHA) {
            alerts.add(new QuestionStats.Alert("leak", String.format(Locale.ROOT, "The ratings given with this question rose month after month"
                    + " over %d months while the same interviewers' other ratings did not (p = %.4f, %.4f after allowing for the %d questions"
                    + " tested). Its answers may be circulating among candidates.", trendMonths, p, q, tested)));
        }
        if (timed >= QuestionAnalysis.MIN_TIMED && ratio > QuestionAnalysis.OVERTIME) {
            alerts.add(new QuestionStats.Alert("overtime", String.format(Locale.ROOT, "It runs over its time box: %.1f minutes on average"
                    + " in %d timed interviews, against %d planned.", meanMinutes, timed, minutes)));
        }
        if (planned >= QuestionAnalysis.MIN_PLANNED && empty > QuestionAnalysis.SKIPPED) {
            alerts.add(new QuestionStats.Alert("skipped", String.format(Locale.ROOT, "Its notes were left empty in %.0f%% of the %d interviews"
                    + " that planned it: it may be skipped, or not written up.", 100 * empty, planned)));
        }
        return new QuestionStats(questionId, text, role, planned, answered, orNull(empty), timed, orNull(meanMinutes), minutes, orNull(ratio),
                List.copyOf(focus), Arrays.stream(distribution).boxed().toList(), n, orNull(d.r()), orNull(d.low()), orNull(d.high()),
                trendMonths, orNull(p), orNull(q), List.copyOf(alerts));
    }
}
