package dev.panel.calibration;

import dev.panel.ratings.ScorecardQuestions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Question analytics: per question and role, its use (planned, asked, empty notes, time against its time box),
 * the ratings given with it, its discrimination (corrected item-total correlation, {@link RestScore}) and a drift
 * test (its ratings' monthly mean minus the same interviewers' other ratings that month, one-sided
 * {@link MannKendall}, {@link FalseDiscovery} across the questions tested), with the alerts these raise. "Given with
 * the question" means the focus-competency ratings of a scorecard whose interviewer wrote notes on it; the
 * whole scorecard is left out of the rest score, so that halo within it does not inflate the correlation.
 * Works in one pass over the scorecards (each rating is visited once per question of its scorecard).
 */
final class QuestionAnalysis {

    /** Discrimination is given from this many candidates. */
    static final int MIN_N = 10;
    /** A weak-discrimination alert needs this many. */
    static final int ALERT_N = 20;
    /** Ebel's rule for item discrimination (R. L. Ebel and D. A. Frisbie, Essentials of Educational Measurement, 1991): below .20, poor. */
    static final double WEAK = 0.20;
    /** Over its box by half again, on average over {@value #MIN_TIMED} timed interviews or more. */
    static final double OVERTIME = 1.5;
    static final int MIN_TIMED = 5;
    /** Skipped: notes empty on more than half of {@value #MIN_PLANNED} scorecards or more. */
    static final double SKIPPED = 0.5;
    static final int MIN_PLANNED = 10;

    private final RatingTable table;
    private final RestScore rest;
    private final Map<String, Integer> candidates = new HashMap<>();
    private final Map<String, Integer> interviewers = new HashMap<>();
    private final Map<String, Integer> stages = new HashMap<>();
    private final Map<String, Integer> competencies = new HashMap<>();
    /** Card key and rating index packed, sorted: see {@link #cards}. */
    private final long[] ratingsOfCard;
    /** The (interviewer, month) keys ({@link #interviewerMonth}) of scorecards with ratings, sorted and distinct. */
    private long[] monthKeys = new long[0];
    /** Sum and count of every rating of an interviewer in a month, by the key's position in {@link #monthKeys}. */
    private double[][] monthTotals = new double[0][];
    /** The focus competencies' indices of each distinct focus list met. */
    private final Map<List<String>, int[]> focusIndices = new HashMap<>();
    /** The same by list object, for the lists the scorecard reader shares (up to {@value #SHARED_LISTS} of them). */
    private final Map<List<String>, int[]> focusByIdentity = new IdentityHashMap<>();
    static final int SHARED_LISTS = 4096;
    private final Map<Long, Map<String, QuestionTally>> tallies = new LinkedHashMap<>();

    private QuestionAnalysis(RatingTable table, RestScore rest) {
        this.table = table;
        this.rest = rest;
        index(table.candidateNames, candidates);
        index(table.interviewerNames, interviewers);
        index(table.stageNames, stages);
        index(table.competencyNames, competencies);
        ratingsOfCard = cards(table);
    }

    static List<QuestionStats> of(RatingTable table, RestScore rest, List<ScorecardQuestions> scorecards) {
        if (scorecards.isEmpty() || !indexable(table)) {
            return List.of();
        }
        QuestionAnalysis analysis = new QuestionAnalysis(table, rest);
        int n = scorecards.size();
        int[] from = new int[n];
        int[] to = new int[n];
        int[] months = new int[n];
        int[] interviewer = new int[n];
        // scorecards in candidate order, so that each question meets a candidate's scorecards one after the other
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            ScorecardQuestions card = scorecards.get(i);
            analysis.locate(card, from, to, i);
            months[i] = month(card.submittedAt());
            interviewer[i] = analysis.interviewers.getOrDefault(card.interviewerKey(), -1);
            int candidate = analysis.candidates.getOrDefault(card.candidateKey(), -1);
            order[i] = (long) (candidate + 1) << 32 | i;
        }
        java.util.Arrays.sort(order);
        int[] slot = analysis.addTotals(from, to, interviewer, months);
        for (long packed : order) {
            int i = (int) packed;
            ScorecardQuestions card = scorecards.get(i);
            List<ScorecardQuestions.Asked> questions = card.questions();
            for (int k = 0; k < questions.size(); k++) {
                ScorecardQuestions.Asked asked = questions.get(k);
                analysis.tally(card, asked).add(analysis, asked, from[i], to[i], interviewer[i], months[i], slot[i]);
            }
        }
        List<QuestionTally> all = new ArrayList<>();
        analysis.tallies.values().forEach(byRole -> all.addAll(byRole.values()));
        double[] p = new double[all.size()];
        for (int i = 0; i < all.size(); i++) {
            p[i] = all.get(i).trend(analysis);
        }
        double[] q = FalseDiscovery.adjusted(p);
        int tested = (int) java.util.Arrays.stream(p).filter(v -> !Double.isNaN(v)).count();
        List<QuestionStats> result = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            result.add(all.get(i).stats(analysis, p[i], q[i], tested));
        }
        result.sort(Comparator.comparing(QuestionStats::role).thenComparing(QuestionStats::question).thenComparing(QuestionStats::questionId));
        return List.copyOf(result);
    }

    private static void index(List<String> names, Map<String, Integer> ids) {
        for (int i = 0; i < names.size(); i++) {
            ids.put(names.get(i), i);
        }
    }

    private long cardKey(int candidate, int interviewer, int stage) {
        return ((long) candidate * table.interviewers() + interviewer) * Math.max(1, table.stages()) + stage;
    }

    private static long interviewerMonth(int interviewer, int month) {
        return (long) interviewer << 24 | month;
    }

    /**
     * The ratings ordered by scorecard (candidate, interviewer, stage): each rating's card key and index packed in one
     * long and sorted, so a scorecard's ratings are one run found by binary search, with no map of half a million
     * entries. Key and index must fit in 63 bits together ({@link #indexable}), far beyond a million ratings.
     */
    private long[] cards(RatingTable table) {
        int indexBits = 64 - Long.numberOfLeadingZeros(Math.max(1, table.size));
        long[] packed = new long[table.size];
        this.indexBits = indexBits;
        for (int r = 0; r < table.size; r++) {
            packed[r] = cardKey(table.candidate[r], table.interviewer[r], table.stage[r]) << indexBits | r;
        }
        java.util.Arrays.sort(packed);
        return packed;
    }

    /** Whether every (candidate, interviewer, stage) key and rating index fit in one long together. */
    static boolean indexable(RatingTable table) {
        double keys = (double) Math.max(1, table.candidates()) * Math.max(1, table.interviewers()) * Math.max(1, table.stages());
        return Math.log(keys) / Math.log(2) + 1 + (64 - Long.numberOfLeadingZeros(Math.max(1, table.size))) <= 62;
    }

    private int indexBits;

    /** The rating at position {@code i} of the scorecard order. */
    int rating(int i) {
        return (int) (ratingsOfCard[i] & ((1L << indexBits) - 1));
    }

    private int lowerBound(long value) {
        int low = 0;
        int high = ratingsOfCard.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ratingsOfCard[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Where the card's ratings lie in the scorecard order: {@code from[i]} to {@code to[i]}, empty when it has none. */
    private void locate(ScorecardQuestions card, int[] from, int[] to, int i) {
        Integer c = candidates.get(card.candidateKey());
        Integer j = interviewers.get(card.interviewerKey());
        Integer s = stages.get(card.stage() == null || card.stage().isBlank() ? "" : card.stage());
        if (c == null || j == null || s == null) {
            return;
        }
        long key = cardKey(c, j, s);
        from[i] = lowerBound(key << indexBits);
        to[i] = lowerBound((key + 1) << indexBits);
    }

    /**
     * Every interviewer's monthly sum and count of ratings over the dated scorecards with ratings: their distinct
     * (interviewer, month) keys sorted into one array, each key's totals found by binary search (no boxed keys).
     * Gives each scorecard's position in {@link #monthKeys}, -1 for one undated or without ratings.
     */
    private int[] addTotals(int[] from, int[] to, int[] interviewer, int[] months) {
        long[] keys = new long[from.length];
        int n = 0;
        for (int i = 0; i < from.length; i++) {
            if (from[i] != to[i] && months[i] >= 0) {
                keys[n++] = interviewerMonth(interviewer[i], months[i]);
            }
        }
        java.util.Arrays.sort(keys, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || keys[i] != keys[distinct - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        monthKeys = java.util.Arrays.copyOf(keys, distinct);
        monthTotals = new double[distinct][];
        int[] slot = new int[from.length];
        for (int i = 0; i < from.length; i++) {
            if (from[i] == to[i] || months[i] < 0) {
                slot[i] = -1;
                continue;
            }
            int at = java.util.Arrays.binarySearch(monthKeys, interviewerMonth(interviewer[i], months[i]));
            slot[i] = at;
            if (monthTotals[at] == null) {
                monthTotals[at] = new double[2];
            }
            double[] total = monthTotals[at];
            for (int k = from[i]; k < to[i]; k++) {
                total[0] += table.onReference[rating(k)];
                total[1]++;
            }
        }
        return slot;
    }

    /** The question's tally in the card's role, made when first met (looked up and put, not computed: no lambda per call). */
    private QuestionTally tally(ScorecardQuestions card, ScorecardQuestions.Asked asked) {
        String role = card.role() == null ? "" : card.role();
        Long id = asked.questionId();
        Map<String, QuestionTally> byRole = tallies.get(id);
        if (byRole == null) {
            byRole = new HashMap<>();
            tallies.put(id, byRole);
        }
        QuestionTally tally = byRole.get(role);
        if (tally == null) {
            tally = new QuestionTally(asked, role, table.referenceScale);
            byRole.put(role, tally);
        }
        return tally;
    }

    /** Months since year 0, in UTC; -1 when undated. */
    static int month(Instant at) {
        if (at == null) {
            return -1;
        }
        // the UTC date of the instant, as at.atZone(ZoneOffset.UTC) gives it, without a ZonedDateTime per scorecard
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond(), 86_400L));
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    /** The indices of the focus competencies that are rated here, in the list's order; looked up once per distinct list. */
    int[] competencies(List<String> focus) {
        int[] known = focusByIdentity.get(focus);
        if (known == null) {
            known = focusIndices.computeIfAbsent(focus, f -> f.stream().mapToInt(name -> competencies.getOrDefault(name, -1)).filter(c -> c >= 0).toArray());
            if (focusByIdentity.size() < SHARED_LISTS) {
                focusByIdentity.put(focus, known);
            }
        }
        return known;
    }

    RatingTable table() {
        return table;
    }

    RestScore rest() {
        return rest;
    }

    /** Sum and count of all ratings of the interviewer and month at {@code slot} of the scorecards' keys. */
    double[] monthTotal(int slot) {
        return monthTotals[slot];
    }
}
