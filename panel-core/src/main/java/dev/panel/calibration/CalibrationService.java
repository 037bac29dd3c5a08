package dev.panel.calibration;

import dev.panel.calibration.CalibrationResult.CandidateStats;
import dev.panel.ratings.RatingFilter;
import dev.panel.ratings.RatingRow;
import dev.panel.ratings.RatingService;
import dev.panel.user.Actor;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.HashMap;
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
        RatingTable all = collected.named();
        CalibrationResult result = analysis.analyse(all);
        all.each(then.apply(result));
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
     * The rows gathered into a primitive rating table, under the names people read. Rows arrive under
     * their keys; once all are in, a name two keys share gets the key's number ("Sam Lee (17)").
     */
    private static final class Collected {
        final RatingTable.Builder table = new RatingTable.Builder(1024);
        final Map<String, String> names = new HashMap<>();
        final Map<String, String> canonical = new HashMap<>();
        Map<String, Long> uses;

        void add(RatingRow row) {
            names.putIfAbsent(row.candidateKey(), row.candidate());
            names.putIfAbsent(row.interviewerKey(), row.interviewer());
            table.add(row.candidateKey(), row.interviewerKey(), row.competency(), row.stage(), row.value(), row.scaleMax());
        }

        /** The ratings as a table whose candidates and interviewers go by the names people read. */
        RatingTable named() {
            RatingTable built = table.build();
            built.candidateNames.replaceAll(this::display);
            built.interviewerNames.replaceAll(this::display);
            return built;
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
