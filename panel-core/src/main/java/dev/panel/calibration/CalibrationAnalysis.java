package dev.panel.calibration;

import dev.panel.calibration.CalibrationResult.CandidateStats;
import dev.panel.calibration.CalibrationResult.CompetencyStats;
import dev.panel.calibration.CalibrationResult.InterviewerStats;
import dev.panel.calibration.CalibrationResult.Overall;
import dev.panel.calibration.CalibrationResult.RaschSummary;
import jakarta.inject.Singleton;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The calibration statistics of a set of ratings in one call: agreement (Krippendorff's alpha overall and per
 * competency, ICC where the design is complete), each interviewer's leniency, severity, scale use and halo, and
 * each candidate's raw mean beside the severity-adjusted fair score. Pure: no database, no state; safe to call
 * from any thread. {@link CalibrationMethod} says what each statistic means and where it comes from.
 *
 * <p>Mixed scale maxima: each competency's alpha, mean and distribution are on its own main scale (the maximum
 * most of its ratings use); the overall alpha, interviewers' means, leniency and halo, and candidates' raw means
 * and fair scores are on the reference scale (the maximum most ratings use), other ratings mapped linearly onto
 * it; alpha leaves out ratings on another scale; the Rasch model fits a threshold set per scale maximum. A note
 * says so whenever scales are mixed.
 */
@Singleton
public class CalibrationAnalysis {

    public CalibrationResult analyse(List<Rating> ratings) {
        return analyse(new RatingTable(ratings));
    }

    /** The statistics of ratings with the question analytics and predictive validity from {@code evidence}. */
    public CalibrationResult analyse(List<Rating> ratings, LoopEvidence evidence) {
        return analyse(new RatingTable(ratings), evidence);
    }

    /** An empty gathering of ratings, to be added one at a time and analysed with {@link #analyse(Gathered)}. */
    public Gathered gather(int expected) {
        return new Gathered(new RatingTable.Builder(expected));
    }

    /**
     * The statistics of gathered ratings; then each rating, in the order added, is handed to the consumer that
     * {@code then} makes from the result (a report laying ratings out by the result's names, say).
     */
    public CalibrationResult analyse(Gathered gathered, Function<CalibrationResult, Consumer<Rating>> then) {
        return analyse(gathered, LoopEvidence.NONE, then);
    }

    /** The same, with the question analytics and predictive validity from {@code evidence}. */
    public CalibrationResult analyse(Gathered gathered, LoopEvidence evidence, Function<CalibrationResult, Consumer<Rating>> then) {
        RatingTable table = gathered.table.build();
        CalibrationResult result = analyse(table, evidence);
        table.each(then.apply(result));
        return result;
    }

    /**
     * Ratings gathered one at a time into primitive columns rather than as records: the way to analyse a million
     * of them in little memory (about 25 MB of columns, against well over 100 MB of records).
     */
    public static final class Gathered {
        private final RatingTable.Builder table;

        private Gathered(RatingTable.Builder table) {
            this.table = table;
        }

        /** Adds one rating, checked as {@link Rating} checks it. */
        public void add(String candidate, String interviewer, String competency, String stage, int value, int scaleMax) {
            table.add(candidate, interviewer, competency, stage, value, scaleMax);
        }
    }

    /** The statistics of ratings already gathered into a table. */
    CalibrationResult analyse(RatingTable table) {
        return analyse(table, LoopEvidence.NONE);
    }

    /** The statistics of ratings already gathered into a table, with the question analytics and validity from {@code evidence}. */
    CalibrationResult analyse(RatingTable table, LoopEvidence evidence) {
        if (table.size == 0) {
            return new CalibrationResult(new Overall(0, 0, 0, 0, 0, false, 0, Double.NaN, Double.NaN, Double.NaN),
                    List.of(), List.of(), List.of(), new Connectedness(true, List.of(), 0),
                    new RaschSummary(0, false, List.of()), List.of("There are no ratings to analyse."));
        }
        int[] units = UnitRuns.byCompetency(table);
        Reliability reliability = Reliability.of(table, units);
        Icc[] icc = IccDesign.of(table, units);
        Leniency leniency = Leniency.of(table, units);
        Halo halo = Halo.of(table);
        ManyFacetRasch rasch = new ManyFacetRasch(table).fit();
        Connectedness design = DesignCheck.of(table);

        Overall overall = new Overall(table.size, table.candidates(), table.interviewers(), table.competencies(),
                table.referenceScale, table.mixedScales, reliability.overall.pairableValues(),
                reliability.overall.nominal(), reliability.overall.ordinal(), reliability.overall.interval());
        List<CompetencyStats> competencies = competencies(table, reliability, icc, rasch);
        List<InterviewerStats> interviewers = interviewers(table, leniency, halo, rasch);
        double[] raw = new double[table.candidates()];
        double[] fair = new double[table.candidates()];
        List<CandidateStats> candidates = candidates(table, rasch, raw, fair);
        double[] thresholds = rasch.thresholdsOf(table.referenceScale);
        List<Double> reference = new ArrayList<>();
        for (int k = 1; k < thresholds.length; k++) {
            reference.add(thresholds[k]);
        }
        RaschSummary summary = new RaschSummary(rasch.iterations, rasch.converged, List.copyOf(reference));
        List<String> notes = CalibrationNotes.of(table, overall, competencies, interviewers, candidates, design, summary,
                reliability, icc);
        List<String> allNotes = new ArrayList<>(notes);
        List<QuestionStats> questions = QuestionAnalysis.of(table, new RestScore(table, rasch), evidence.scorecards());
        allNotes.addAll(QuestionNotes.of(evidence, questions));
        Validity validity = ValidityAnalysis.of(table, fair, raw, evidence, allNotes);
        return new CalibrationResult(overall, competencies, interviewers, candidates, design, summary, List.copyOf(allNotes), questions, validity);
    }

    private static List<CompetencyStats> competencies(RatingTable table, Reliability reliability, Icc[] icc, ManyFacetRasch rasch) {
        int n = table.competencies();
        int[] count = new int[n];
        double[] sum = new double[n];
        int[][] distribution = new int[n][];
        for (int c = 0; c < n; c++) {
            distribution[c] = new int[table.competencyScale[c]];
        }
        for (int r = 0; r < table.size; r++) {
            int c = table.competency[r];
            int scale = table.competencyScale[c];
            count[c]++;
            sum[c] += 1.0 + (table.value[r] - 1.0) * (scale - 1.0) / (table.scaleMax[r] - 1.0);
            if (table.scaleMax[r] == scale) {
                distribution[c][table.value[r] - 1]++;
            }
        }
        List<CompetencyStats> result = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            KrippendorffAlpha alpha = reliability.perCompetency[c];
            result.add(new CompetencyStats(table.competencyNames.get(c), count[c], table.competencyScale[c],
                    alpha.nominal(), alpha.ordinal(), alpha.interval(), sum[c] / count[c],
                    java.util.Arrays.stream(distribution[c]).boxed().toList(),
                    rasch.difficulty[c], rasch.difficultySe[c], icc[c]));
        }
        result.sort(Comparator.comparing(CompetencyStats::name));
        return List.copyOf(result);
    }

    private static List<InterviewerStats> interviewers(RatingTable table, Leniency leniency, Halo halo, ManyFacetRasch rasch) {
        int n = table.interviewers();
        int levels = table.referenceScale;
        int[] count = new int[n];
        double[] sum = new double[n];
        double[] squares = new double[n];
        int[][] usage = new int[n][levels];
        int[] onReference = new int[n];
        for (int r = 0; r < table.size; r++) {
            int j = table.interviewer[r];
            double x = table.onReference[r];
            count[j]++;
            sum[j] += x;
            squares[j] += x * x;
            if (table.scaleMax[r] == levels) {
                usage[j][table.value[r] - 1]++;
                onReference[j]++;
            }
        }
        List<InterviewerStats> result = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            double mean = sum[j] / count[j];
            double sd = count[j] < 2 ? Double.NaN
                    : Math.sqrt(Math.max(0, (squares[j] - count[j] * mean * mean) / (count[j] - 1)));
            List<Double> shares = new ArrayList<>(levels);
            for (int level = 0; level < levels; level++) {
                shares.add(onReference[j] == 0 ? Double.NaN : (double) usage[j][level] / onReference[j]);
            }
            result.add(new InterviewerStats(table.interviewerNames.get(j), count[j], mean, sd, leniency.coRated(j),
                    leniency.leniency(j), leniency.shrunk(j), rasch.severity[j], rasch.severitySe[j],
                    rasch.interviewerInfit[j], rasch.interviewerOutfit[j], List.copyOf(shares), halo.index(j)));
        }
        result.sort(Comparator.comparing(InterviewerStats::name));
        return List.copyOf(result);
    }

    /** The candidates' figures; their raw means and fair scores, by table index, also into {@code raw} and {@code fair}. */
    private static List<CandidateStats> candidates(RatingTable table, ManyFacetRasch rasch, double[] raw, double[] fair) {
        int n = table.candidates();
        int[] count = new int[n];
        double[] sum = new double[n];
        for (int r = 0; r < table.size; r++) {
            count[table.candidate[r]]++;
            sum[table.candidate[r]] += table.onReference[r];
        }
        double[] fairSe = new double[n];
        double[] slope = new double[1];
        for (int c = 0; c < n; c++) {
            raw[c] = sum[c] / count[c];
            // an average interviewer on an average competency: severity and difficulty both at their mean, 0
            fair[c] = rasch.expectedLevel(rasch.ability[c], table.referenceScale, slope);
            fairSe[c] = slope[0] * rasch.abilitySe[c];
        }
        double[] rankRaw = highestFirst(raw);
        double[] rankFair = highestFirst(fair);
        List<CandidateStats> result = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            result.add(new CandidateStats(table.candidateNames.get(c), count[c], raw[c], fair[c], fairSe[c],
                    rasch.ability[c], rasch.abilitySe[c], rasch.extremeCandidate[c], (int) rankRaw[c], (int) rankFair[c]));
        }
        result.sort(Comparator.comparing(CandidateStats::name));
        return List.copyOf(result);
    }

    /** Ranks with 1 for the highest value; tied values share the best of their ranks. */
    private static double[] highestFirst(double[] values) {
        double[] negated = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        return new NaturalRanking(NaNStrategy.MAXIMAL, TiesStrategy.MINIMUM).rank(negated);
    }
}
