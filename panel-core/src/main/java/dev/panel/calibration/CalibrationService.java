package dev.panel.calibration;

import dev.panel.calibration.CalibrationResult.CandidateStats;
import dev.panel.ratings.RatingFilter;
import dev.panel.ratings.RatingRow;
import dev.panel.ratings.RatingService;
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
    private final CalibrationAnalysis analysis;

    CalibrationService(RatingService ratings, CalibrationAnalysis analysis) {
        this.ratings = ratings;
        this.analysis = analysis;
    }

    @ReadOnly
    public CalibrationResult analyse(Actor actor, RatingFilter filter) {
        Collected collected = new Collected();
        ratings.each(actor, filter, collected::add);
        return analysis.analyse(collected.named());
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
        List<Rating> all = collected.named();
        CalibrationResult result = analysis.analyse(all);
        all.forEach(then.apply(result));
        Map<String, String> displayNames = new HashMap<>();
        collected.names.keySet().forEach(key -> displayNames.put(key, collected.display(key)));
        return new Analysed(result, displayNames);
    }

    /** A result with the display name of each candidate and interviewer key ("candidate:12" to "Sam Lee (12)" where names repeat). */
    public record Analysed(CalibrationResult result, Map<String, String> displayNames) {
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
     * The rows as calibration ratings under the names people read, each name string kept once. Rows arrive under
     * their keys; once all are in, a name two keys share gets the key's number ("Sam Lee (17)").
     */
    private static final class Collected {
        final List<Rating> ratings = new ArrayList<>();
        final Map<String, String> names = new HashMap<>();
        final Map<String, String> canonical = new HashMap<>();
        Map<String, Long> uses;

        void add(RatingRow row) {
            names.putIfAbsent(row.candidateKey(), row.candidate());
            names.putIfAbsent(row.interviewerKey(), row.interviewer());
            ratings.add(new Rating(once(row.candidateKey()), once(row.interviewerKey()), once(row.competency()),
                    row.stage() == null ? "" : once(row.stage()), row.rubricVersion(), row.value(), row.scaleMax(), row.submittedAt()));
        }

        List<Rating> named() {
            ratings.replaceAll(r -> new Rating(display(r.candidate()), display(r.interviewer()), r.competency(), r.stage(),
                    r.rubricVersion(), r.value(), r.scaleMax(), r.at()));
            return ratings;
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
