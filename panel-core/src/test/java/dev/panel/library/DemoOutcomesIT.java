package dev.panel.library;

import dev.panel.outcome.OutcomeReader;
import dev.panel.outcome.OutcomeRow;
import dev.panel.ratings.RatingFilter;
import dev.panel.ratings.RatingRow;
import dev.panel.ratings.RatingService;
import dev.panel.user.Actor;
import dev.panel.user.UserService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data as a first start in demo mode makes it: the past candidates' hires have outcomes that follow their
 * interview ratings, imperfectly. Demo mode runs only on the embedded database (never on MySQL), so this test starts
 * Panel on an embedded database of its own, as {@code java -jar} does on a fresh machine.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoOutcomesIT implements TestPropertyProvider {

    @Inject
    OutcomeReader outcomes;
    @Inject
    RatingService ratings;
    @Inject
    UserService users;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", "jdbc:h2:mem:panel-demo-outcomes;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "datasources.default.dialect", "MYSQL",
                "flyway.datasources.default.enabled", "true",
                "panel.security.bcrypt-cost", "10",
                "panel.demo", "true",
                "panel.notifications.background", "false");
    }

    @Test
    void every_demo_hire_past_ninety_days_has_outcomes_that_follow_their_ratings_with_noise() {
        Actor manager = Actor.of(users.findByUsername("hiring.manager").orElseThrow());
        List<OutcomeRow> rows = new ArrayList<>();
        outcomes.each(manager, RatingFilter.everything(), rows::add);
        Map<String, Double> meanRating = new HashMap<>();
        List<RatingRow> rated = new ArrayList<>();
        ratings.each(manager, RatingFilter.everything(), rated::add);
        rated.stream().collect(Collectors.groupingBy(RatingRow::candidateKey, Collectors.averagingInt(RatingRow::value))).forEach(meanRating::put);

        List<OutcomeRow> overall90 = rows.stream().filter(r -> r.competency() == null && r.checkpoint().equals("90-day review")).toList();
        long candidates = rated.stream().map(RatingRow::candidateKey).distinct().count();
        System.out.println("Demo figures: " + candidates + " candidates with ratings, " + overall90.size() + " hires with a 90-day outcome, "
                + rows.stream().map(OutcomeRow::candidateKey).distinct().count() + " hires with outcomes, " + rows.size() + " outcome rows");

        assertThat(overall90).hasSizeGreaterThanOrEqualTo(12);
        assertThat(overall90).allSatisfy(r -> assertThat(meanRating).containsKey(r.candidateKey()));
        double[] interview = overall90.stream().mapToDouble(r -> meanRating.get(r.candidateKey())).toArray();
        double[] later = overall90.stream().mapToDouble(r -> r.value()).toArray();
        double r = new PearsonsCorrelation().correlation(interview, later);
        assertThat(r).as("outcomes follow the ratings").isGreaterThan(0.3).as("but not exactly").isLessThan(0.98);
        assertThat(rows).anySatisfy(row -> assertThat(row.checkpoint()).isEqualTo("1-year performance"));
        assertThat(rows).anySatisfy(row -> assertThat(row.competency()).isNotNull());
    }
}
