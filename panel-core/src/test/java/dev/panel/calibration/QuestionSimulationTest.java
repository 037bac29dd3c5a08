package dev.panel.calibration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Question analytics and predictive validity on simulated loops with a known truth ({@link SimulatedQuestions}),
 * over several seeds: the noise question and the leaking one are found, the signal questions are not flagged, the
 * validity is recovered within its interval, and the range-restriction correction moves r toward the value in the
 * whole applicant pool.
 */
class QuestionSimulationTest {

    private final CalibrationAnalysis analysis = new CalibrationAnalysis();

    private static Map<Long, QuestionStats> byQuestion(CalibrationResult result) {
        return result.questions().stream().collect(Collectors.toMap(QuestionStats::questionId, Function.identity()));
    }

    private static List<String> kinds(QuestionStats q) {
        return q.alerts().stream().map(QuestionStats.Alert::kind).toList();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void the_noise_and_the_leaking_question_are_flagged_and_the_signal_questions_are_not(long seed) {
        SimulatedQuestions sim = new SimulatedQuestions(seed, 600, 24, 0.12, 0, 0.4);

        Map<Long, QuestionStats> questions = byQuestion(analysis.analyse(sim.ratings, sim.evidence()));

        assertThat(kinds(questions.get(SimulatedQuestions.NOISE))).contains("weak");
        assertThat(kinds(questions.get(SimulatedQuestions.LEAK))).contains("leak");
        for (long signal : SimulatedQuestions.SIGNAL) {
            QuestionStats q = questions.get(signal);
            assertThat(q.alerts()).as("question %d", signal).isEmpty();
            assertThat(q.discriminationLow()).as("question %d", signal).isGreaterThan(0.2);
        }
        QuestionStats noise = questions.get(SimulatedQuestions.NOISE);
        assertThat(noise.discriminationN()).isBetween(250, 350);
        assertThat(noise.discriminationLow()).isLessThan(noise.discriminationHigh());
        assertThat(noise.planned() + questions.get(SimulatedQuestions.SIGNAL_A).planned()).isEqualTo(2 * 600);
        assertThat(questions.get(SimulatedQuestions.SIGNAL_A).emptyShare()).isBetween(0.01, 0.1);
        assertThat(questions.get(SimulatedQuestions.SIGNAL_A).meanMinutes()).isBetween(8.0, 12.0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void ratings_that_rise_for_everyone_raise_no_leak_alert(long seed) {
        // every rating rises with the month (a team grown softer), the leaking question no faster than the rest
        SimulatedQuestions sim = new SimulatedQuestions(seed, 600, 24, 0, 0.08, 0.4);

        Map<Long, QuestionStats> questions = byQuestion(analysis.analyse(sim.ratings, sim.evidence()));

        assertThat(questions.values()).allSatisfy(q -> assertThat(kinds(q)).doesNotContain("leak"));
        assertThat(questions.get(SimulatedQuestions.LEAK).trendP()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void validity_is_recovered_within_its_interval_and_the_correction_moves_toward_the_pool(long seed) {
        SimulatedQuestions sim = new SimulatedQuestions(seed, 1500, 24, 0, 0, 0.3);

        CalibrationResult result = analysis.analyse(sim.ratings, sim.evidence());

        // the pool's validity: every candidate's fair score against the outcome all of them would have had
        Map<String, Double> fair = result.candidates().stream()
                .collect(Collectors.toMap(CalibrationResult.CandidateStats::name, CalibrationResult.CandidateStats::fairScore));
        double[] x = Arrays.stream(sim.names).mapToDouble(fair::get).toArray();
        double pool = Correlation.pearson(x, sim.outcome, x.length).r();
        Validity.Figure figure = result.validity().roles().stream()
                .filter(f -> f.role().equals(ValidityAnalysis.ALL_ROLES) && f.predictor().equals("fair score")).findFirst().orElseThrow();

        assertThat(figure.n()).isEqualTo(sim.outcomes.size());
        assertThat(figure.spreadRatio()).isGreaterThan(1.3);
        assertThat(figure.r()).isLessThan(pool);
        assertThat(Math.abs(figure.corrected() - pool)).isLessThan(Math.abs(figure.r() - pool));
        assertThat(pool).isBetween(figure.correctedLow(), figure.correctedHigh());
        assertThat(result.validity().checkpoint()).isEqualTo("1-year review");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void interviewers_validities_are_shrunk_toward_the_pooled_one(long seed) {
        SimulatedQuestions sim = new SimulatedQuestions(seed, 1500, 24, 0, 0, 0.3);

        List<Validity.InterviewerFigure> interviewers = analysis.analyse(sim.ratings, sim.evidence()).validity().interviewers();

        List<Validity.InterviewerFigure> enough = interviewers.stream().filter(Validity.InterviewerFigure::enoughData).toList();
        assertThat(enough).hasSizeGreaterThan(20);
        double rawSpread = spread(enough.stream().mapToDouble(Validity.InterviewerFigure::r).toArray());
        double shrunkSpread = spread(enough.stream().mapToDouble(Validity.InterviewerFigure::shrunk).toArray());
        // every interviewer's true validity is the same here, so the spread seen is sampling noise the shrinkage removes
        assertThat(shrunkSpread).isLessThan(rawSpread * 0.7);
        assertThat(enough).allSatisfy(i -> assertThat(i.n()).isGreaterThanOrEqualTo(ValidityShrinkage.MIN_N));
    }

    @ParameterizedTest
    @ValueSource(longs = {1})
    void the_decision_table_counts_every_hire_once(long seed) {
        SimulatedQuestions sim = new SimulatedQuestions(seed, 600, 24, 0, 0, 0.4);

        List<Validity.AgreementRow> rows = analysis.analyse(sim.ratings, sim.evidence()).validity().decisions();

        Validity.AgreementRow all = rows.get(rows.size() - 1);
        assertThat(all.panelView()).isEqualTo(ValidityAgreement.ALL);
        assertThat(all.hires()).isEqualTo(sim.outcomes.size());
        assertThat(rows.subList(0, rows.size() - 1).stream().mapToInt(Validity.AgreementRow::hires).sum()).isEqualTo(all.hires());
        long low = sim.outcomes.stream().filter(o -> o.value() <= 2).count();
        long high = sim.outcomes.stream().filter(o -> o.value() >= 4).count();
        assertThat(all.low()).isEqualTo(low);
        assertThat(all.high()).isEqualTo(high);
        assertThat(all.mid()).isEqualTo(all.hires() - low - high);
        assertThat(all.stillEmployed()).isEqualTo(sim.outcomes.stream().filter(o -> o.stillEmployed()).count());
    }

    private static double spread(double[] values) {
        return RangeRestriction.sd(values, values.length);
    }
}
