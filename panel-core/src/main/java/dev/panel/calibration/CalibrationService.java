package dev.panel.calibration;

import dev.panel.calibration.CalibrationResult.CandidateStats;
import dev.panel.outcome.OutcomeReader;
import dev.panel.outcome.OutcomeRow;
import dev.panel.ratings.RatingFilter;
import dev.panel.ratings.RatingRow;
import dev.panel.ratings.RatingService;
import dev.panel.ratings.ScorecardQuestions;
import dev.panel.user.Actor;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The calibration statistics of the ratings a caller may read: Panel's submitted scorecards or an imported
 * dataset, narrowed by role and dates. Ratings are analysed by their keys, so that two people of the same name
 * stay apart, and the result is given back under the names people read.
 */
@Singleton
public class CalibrationService {

    private final RatingService ratings;
    private final OutcomeReader outcomes;
    private final CalibrationAnalysis analysis;

    CalibrationService(RatingService ratings, OutcomeReader outcomes, CalibrationAnalysis analysis) {
        this.ratings = ratings;
        this.outcomes = outcomes;
        this.analysis = analysis;
    }

    /** The statistics, with the question analytics and predictive validity, of what the actor may read. */
    @ReadOnly
    public CalibrationResult analyse(Actor actor, RatingFilter filter) {
        Collected collected = new Collected();
        ratings.each(actor, filter, collected::add);
        RatingTable table = collected.named();
        return analysis.analyse(table, evidence(actor, filter, collected));
    }

    /**
     * The scorecards with their questions and the hires' outcomes the actor may read, under the names the ratings
     * give: read through the same services, so the same access and blind-scoring rules hold.
     */
    private LoopEvidence evidence(Actor actor, RatingFilter filter, Collected collected) {
        List<ScorecardQuestions> scorecards = new ArrayList<>();
        ratings.eachScorecard(actor, filter, card -> scorecards.add(new ScorecardQuestions(collected.display(card.candidateKey()),
                collected.display(card.interviewerKey()), card.role(), card.stage(), card.submittedAt(), card.questions())));
        List<OutcomeRow> later = new ArrayList<>();
        outcomes.each(actor, filter, row -> later.add(new OutcomeRow(collected.display(row.candidateKey()), row.role(), row.checkpoint(),
                row.competency(), row.value(), row.scaleMax(), row.stillEmployed(), row.recordedAt())));
        return new LoopEvidence(scorecards, later, collected.roles(), collected.panelViews());
    }

    /**
     * The statistics, and then each rating they were computed from, under the names the result gives, handed to
     * the consumer that {@code then} makes from the result (for a report that lays the ratings out by those names,
     * such as the workbook's matrix); the ratings are read once. Also gives the name the result uses for each
     * candidate and interviewer key of the rating rows.
     */
    @ReadOnly
    public Analysed analyse(Actor actor, RatingFilter filter, Function<CalibrationResult, Consumer<Rating>> then) {
        Collected collected = new Collected();
        ratings.each(actor, filter, collected::add);
        RatingTable all = collected.named();
        CalibrationResult result = analysis.analyse(all, evidence(actor, filter, collected));
        all.each(then.apply(result));
        Map<String, String> displayNames = new HashMap<>();
        collected.names.keySet().forEach(key -> displayNames.put(key, collected.display(key)));
        return new Analysed(result, displayNames);
    }

    /** A result with the display name of each candidate and interviewer key ("candidate:12" to "Sam Lee (12)" where names repeat). */
    public record Analysed(CalibrationResult result, Map<String, String> displayNames) {
    }

    /**
     * One question's figures in each role, among all the scorecards the actor may read: what the question's own page
     * shows. It runs the whole analysis (the rest-of-loop fair scores need the full fit).
     */
    @ReadOnly
    public List<QuestionStats> question(Actor actor, long questionId) {
        return analyse(actor, RatingFilter.everything()).questions().stream().filter(q -> q.questionId() == questionId).toList();
    }

    /** The statistics of one candidate of Panel's own, among the ratings of the role: what a debrief shows beside the raw means. */
    @ReadOnly
    public Optional<CandidateStats> candidate(Actor actor, long roleId, long candidateId) {
        Collected collected = new Collected();
        ratings.each(actor, new RatingFilter(null, null, roleId, null, null, null), collected::add);
        String name = collected.display("candidate:" + candidateId);
        return analysis.analyse(collected.named()).candidates().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * The rows gathered into a primitive rating table, under the names people read. Rows arrive under
     * their keys; once all are in, a name two keys share gets the key's number ("Sam Lee (17)").
     */
    private static final class Collected {
        final RatingTable.Builder table = new RatingTable.Builder(1024);
        final Map<String, String> names = new HashMap<>();
        final Map<String, String> canonical = new HashMap<>();
        final Map<String, String> roleOf = new HashMap<>();
        /** Per scorecard (candidate, interviewer, stage): its recommendation's ordinal, 0 = strong no. */
        final Map<String, Integer> recommendations = new HashMap<>();
        Map<String, Long> uses;

        void add(RatingRow row) {
            names.putIfAbsent(row.candidateKey(), row.candidate());
            names.putIfAbsent(row.interviewerKey(), row.interviewer());
            if (row.role() != null) {
                roleOf.putIfAbsent(row.candidateKey(), row.role());
            }
            if (row.recommendation() != null && row.loopId() != null) {
                recommendations.putIfAbsent(row.candidateKey() + "\u0000" + row.interviewerKey() + "\u0000" + row.stage(),
                        row.recommendation().ordinal());
            }
            table.add(row.candidateKey(), row.interviewerKey(), row.competency(), row.stage(), row.value(), row.scaleMax());
        }

        /** The ratings as a table whose candidates and interviewers go by the names people read. */
        RatingTable named() {
            RatingTable built = table.build();
            built.candidateNames.replaceAll(this::display);
            built.interviewerNames.replaceAll(this::display);
            return built;
        }

        /** Each candidate's role, under the names the result gives. */
        Map<String, String> roles() {
            Map<String, String> byName = new HashMap<>();
            roleOf.forEach((key, role) -> byName.put(display(key), role));
            return byName;
        }

        /** Each candidate's panel view: the recommendation nearest the mean of their scorecards'. */
        Map<String, dev.panel.scorecard.Recommendation> panelViews() {
            Map<String, double[]> sums = new HashMap<>();
            recommendations.forEach((card, ordinal) -> {
                double[] sum = sums.computeIfAbsent(card.substring(0, card.indexOf('\u0000')), k -> new double[2]);
                sum[0] += ordinal;
                sum[1]++;
            });
            Map<String, dev.panel.scorecard.Recommendation> views = new HashMap<>();
            sums.forEach((key, sum) -> views.put(display(key), LoopEvidence.nearest(sum[0] / sum[1])));
            return views;
        }

        String display(String key) {
            if (uses == null) {
                uses = new HashMap<>();
                names.values().forEach(n -> uses.merge(n, 1L, Long::sum));
            }
            String name = names.getOrDefault(key, key);
            if (uses.getOrDefault(name, 0L) < 2) {
                return name;
            }
            int colon = key.lastIndexOf(':');
            return once(name + " (" + (colon < 0 ? key : key.substring(colon + 1)) + ")");
        }

        private String once(String text) {
            return canonical.computeIfAbsent(text, t -> t);
        }
    }
}
