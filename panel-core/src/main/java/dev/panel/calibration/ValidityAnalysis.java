package dev.panel.calibration;

import dev.panel.outcome.OutcomeRow;
import dev.panel.scorecard.Recommendation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import static dev.panel.calibration.QuestionStats.orNull;

/**
 * Predictive validity over the hires with an outcome: Pearson r of fair score and of raw mean with the overall
 * outcome at the main checkpoint, per role and for all roles, with Fisher intervals and Thorndike's case II
 * correction using the applicant pool's spread of the same predictor ({@link RangeRestriction}); per competency
 * (the competency's mean rating against its own later rating where {@value #MIN_N} hires have one, else the overall
 * outcome); per interviewer (their mean rating of each hire) with {@link ValidityShrinkage}; and the decision table.
 */
final class ValidityAnalysis {

    /** A correlation is given from this many hires with an outcome. */
    static final int MIN_N = 10;
    static final String ALL_ROLES = "All roles";

    private ValidityAnalysis() {
    }

    static Validity of(RatingTable table, double[] fair, double[] raw, LoopEvidence evidence, List<String> notes) {
        if (evidence.outcomes().isEmpty()) {
            notes.add("Predictive validity: no later outcomes are recorded for the hires among these ratings, so the validity figures are empty.");
            return Validity.NONE;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < table.candidates(); c++) {
            index.put(table.candidateNames.get(c), c);
        }
        String checkpoint = mainCheckpoint(evidence.outcomes());
        int n = table.candidates();
        double[] outcome = nan(n);
        long[] outcomeAt = new long[n];
        Boolean[] employed = new Boolean[n];
        long[] employedAt = new long[n];
        boolean[] hired = new boolean[n];
        Map<String, double[]> competencyOutcome = new HashMap<>();
        for (OutcomeRow row : evidence.outcomes()) {
            Integer c = index.get(row.candidateKey());
            if (c == null) {
                continue;
            }
            hired[c] = true;
            long at = row.recordedAt() == null ? Long.MIN_VALUE : row.recordedAt().toEpochMilli();
            if (row.stillEmployed() != null && (employed[c] == null || at >= employedAt[c])) {
                employed[c] = row.stillEmployed();
                employedAt[c] = at;
            }
            if (row.value() == null || row.scaleMax() < 2 || !row.checkpoint().equals(checkpoint)) {
                continue;
            }
            double share = (row.value() - 1.0) / (row.scaleMax() - 1.0);
            if (row.competency() == null) {
                if (Double.isNaN(outcome[c]) || at >= outcomeAt[c]) {
                    outcome[c] = share;
                    outcomeAt[c] = at;
                }
            } else {
                competencyOutcome.computeIfAbsent(row.competency(), k -> nan(n))[c] = share;
            }
        }
        String[] role = new String[n];
        for (int c = 0; c < n; c++) {
            role[c] = evidence.candidateRoles().get(table.candidateNames.get(c));
        }
        int hires = 0;
        for (double y : outcome) {
            hires += Double.isNaN(y) ? 0 : 1;
        }
        if (checkpoint == null || hires == 0) {
            notes.add("Predictive validity: the hires' outcomes carry no overall rating, so no correlation with the outcome can be given.");
        } else if (hires < MIN_N) {
            notes.add("Predictive validity: only " + hires + " hires have an overall outcome at \"" + checkpoint + "\"; a correlation needs at least "
                    + MIN_N + ", so the validity figures are empty.");
        }
        List<Validity.Figure> roles = new ArrayList<>();
        TreeSet<String> roleNames = new TreeSet<>();
        for (int c = 0; c < n; c++) {
            if (!Double.isNaN(outcome[c]) && role[c] != null) {
                roleNames.add(role[c]);
            }
        }
        List<String> scopes = new ArrayList<>();
        scopes.add(ALL_ROLES);
        if (roleNames.size() > 1) {
            scopes.addAll(roleNames);
        }
        double[][] scratch = new double[3][n];
        for (String scope : scopes) {
            boolean[] in = new boolean[n];
            for (int c = 0; c < n; c++) {
                in[c] = scope.equals(ALL_ROLES) || scope.equals(role[c]);
            }
            roles.add(figure(scope, null, "fair score", "overall", fair, outcome, in, scratch));
            roles.add(figure(scope, null, "raw mean", "overall", raw, outcome, in, scratch));
        }
        if (roles.stream().anyMatch(f -> f.n() >= MIN_N && f.r() != null && f.corrected() == null)) {
            notes.add("Predictive validity: where the hires' scores do not vary, the range-restriction correction cannot be made and is left empty.");
        }
        List<Validity.Figure> competencies = competencies(table, outcome, competencyOutcome, scratch);
        List<Validity.InterviewerFigure> interviewers = interviewers(table, outcome, notes);
        return new Validity(checkpoint, hires, List.copyOf(roles), competencies, interviewers,
                ValidityAgreement.table(table, outcome, employed, hired, evidence.panelViews()));
    }

    /** One predictor's figure; {@code scratch} holds three arrays of a value per candidate, overwritten (no large arrays per figure). */
    private static Validity.Figure figure(String scope, String competency, String predictor, String outcomeName, double[] x, double[] outcome,
                                          boolean[] in, double[][] scratch) {
        int n = x.length;
        double[] pool = scratch[0];
        double[] hiredX = scratch[1];
        double[] hiredY = scratch[2];
        int p = 0;
        int h = 0;
        for (int c = 0; c < n; c++) {
            if (!in[c] || Double.isNaN(x[c])) {
                continue;
            }
            pool[p++] = x[c];
            if (!Double.isNaN(outcome[c])) {
                hiredX[h] = x[c];
                hiredY[h++] = outcome[c];
            }
        }
        Correlation r = h < MIN_N ? Correlation.none(h) : Correlation.pearson(hiredX, hiredY, h);
        double u = RangeRestriction.ratio(RangeRestriction.sd(pool, p), RangeRestriction.sd(hiredX, h));
        Correlation corrected = r.corrected(u);
        return new Validity.Figure(scope, competency, predictor, outcomeName, h, orNull(r.r()), orNull(r.low()), orNull(r.high()),
                r.known() ? orNull(u) : null, orNull(corrected.r()), orNull(corrected.low()), orNull(corrected.high()));
    }

    private static List<Validity.Figure> competencies(RatingTable table, double[] outcome, Map<String, double[]> competencyOutcome,
                                                      double[][] scratch) {
        int n = table.candidates();
        int k = table.competencies();
        // per competency and candidate, flat (competency * n + candidate): two arrays rather than two per competency
        double[] sum = new double[k * n];
        int[] count = new int[k * n];
        for (int r = 0; r < table.size; r++) {
            int at = table.competency[r] * n + table.candidate[r];
            sum[at] += table.onReference[r];
            count[at]++;
        }
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        List<Validity.Figure> result = new ArrayList<>(k);
        double[] mean = new double[n];
        for (int d = 0; d < k; d++) {
            for (int c = 0; c < n; c++) {
                int at = d * n + c;
                mean[c] = count[at] > 0 ? sum[at] / count[at] : Double.NaN;
            }
            String name = table.competencyNames.get(d);
            double[] own = competencyOutcome.get(name);
            boolean useOwn = own != null && Arrays.stream(own).filter(v -> !Double.isNaN(v)).count() >= MIN_N;
            result.add(figure(ALL_ROLES, name, "rating", useOwn ? name : "overall", mean, useOwn ? own : outcome, all, scratch));
        }
        result.sort(java.util.Comparator.comparing(Validity.Figure::competency));
        return List.copyOf(result);
    }

    private static List<Validity.InterviewerFigure> interviewers(RatingTable table, double[] outcome, List<String> notes) {
        int m = table.interviewers();
        int n = table.candidates();
        // the hires' ratings ordered by (interviewer, candidate): one sorted array of packed keys instead of a map per interviewer
        int indexBits = 64 - Long.numberOfLeadingZeros(Math.max(1, table.size));
        boolean packable = Math.log((double) Math.max(1, m) * Math.max(1, n)) / Math.log(2) + 1 + indexBits <= 62;
        int hiredRatings = 0;
        for (int k = 0; k < table.size; k++) {
            hiredRatings += Double.isNaN(outcome[table.candidate[k]]) ? 0 : 1;
        }
        long[] order = new long[packable ? hiredRatings : 0];
        int filled = 0;
        for (int k = 0; packable && k < table.size; k++) {
            if (!Double.isNaN(outcome[table.candidate[k]])) {
                order[filled++] = ((long) table.interviewer[k] * n + table.candidate[k]) << indexBits | k;
            }
        }
        Arrays.sort(order);
        long mask = (1L << indexBits) - 1;
        double[] r = new double[m];
        int[] count = new int[m];
        Correlation[] each = new Correlation[m];
        Arrays.fill(each, Correlation.none(0));
        double[] x = new double[n];
        double[] y = new double[n];
        int i = 0;
        while (i < order.length) {
            int j = table.interviewer[(int) (order[i] & mask)];
            int pairs = 0;
            while (i < order.length && table.interviewer[(int) (order[i] & mask)] == j) {
                int c = table.candidate[(int) (order[i] & mask)];
                double sum = 0;
                int ratings = 0;
                while (i < order.length && table.interviewer[(int) (order[i] & mask)] == j && table.candidate[(int) (order[i] & mask)] == c) {
                    sum += table.onReference[(int) (order[i] & mask)];
                    ratings++;
                    i++;
                }
                x[pairs] = sum / ratings;
                y[pairs++] = outcome[c];
            }
            count[j] = pairs;
            each[j] = pairs < ValidityShrinkage.MIN_N ? Correlation.none(pairs) : Correlation.pearson(x, y, pairs);
        }
        for (int j = 0; j < m; j++) {
            r[j] = each[j].r();
        }
        ValidityShrinkage shrinkage = ValidityShrinkage.of(r, count);
        List<Validity.InterviewerFigure> result = new ArrayList<>(m);
        int thin = 0;
        for (int j = 0; j < m; j++) {
            boolean enough = each[j].known();
            thin += enough ? 0 : 1;
            result.add(new Validity.InterviewerFigure(table.interviewerNames.get(j), count[j], enough, orNull(each[j].r()), orNull(each[j].low()),
                    orNull(each[j].high()), enough ? orNull(shrinkage.shrunk[j]) : null));
        }
        if (thin > 0) {
            notes.add(String.format(Locale.ROOT, "Predictive validity: %d of %d interviewers have rated fewer than %d hires with an outcome (or their"
                    + " ratings of them do not vary): not enough data for a validity of their own.", thin, m, ValidityShrinkage.MIN_N));
        }
        result.sort(java.util.Comparator.comparing(Validity.InterviewerFigure::interviewer));
        return List.copyOf(result);
    }

    /** The checkpoint with the most overall outcome ratings (the first by name on a tie), or null. */
    private static String mainCheckpoint(List<OutcomeRow> outcomes) {
        Map<String, Integer> uses = new HashMap<>();
        for (OutcomeRow row : outcomes) {
            if (row.value() != null && row.competency() == null) {
                uses.merge(row.checkpoint(), 1, Integer::sum);
            }
        }
        return uses.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }

    static double[] nan(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
