package dev.panel.scorecard;

import dev.panel.loop.FrozenPlan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loop's submitted scorecards side by side: one row per focus competency, one column per panelist,
 * with the spread of each row. A spread of {@link #DISAGREEMENT_SPREAD} points or more is a disagreement
 * the debrief should discuss (on a four-point scale, "no" against "strong yes").
 */
public record PanelComparison(List<Long> panelists, List<Row> rows, Map<Recommendation, Integer> recommendations) {

    public static final int DISAGREEMENT_SPREAD = 2;

    /** One competency: each panelist's ratings of it (more than one if they rated it in two interviews). */
    public record Row(long competencyId, String name, Map<Long, List<Rating>> byPanelist) {

        public int spread() {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (List<Rating> ratings : byPanelist.values()) {
                for (Rating rating : ratings) {
                    if (rating.level() != null) {
                        min = Math.min(min, rating.level());
                        max = Math.max(max, rating.level());
                    }
                }
            }
            return min == Integer.MAX_VALUE ? 0 : max - min;
        }

        public boolean isDisagreement() {
            return spread() >= DISAGREEMENT_SPREAD;
        }
    }

    /** Compares the submitted scorecards among {@code scorecards}; drafts are never part of a comparison. */
    public static PanelComparison of(FrozenPlan plan, List<Scorecard> scorecards) {
        List<Scorecard> submitted = scorecards.stream().filter(Scorecard::isSubmitted).toList();
        Set<Long> panelists = new LinkedHashSet<>();
        submitted.forEach(s -> panelists.add(s.interviewerId()));
        Map<Long, String> competencies = new LinkedHashMap<>();
        plan.stages().forEach(stage -> stage.focus().forEach(f -> competencies.putIfAbsent(f.competencyId(), f.name())));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Long, String> competency : competencies.entrySet()) {
            Map<Long, List<Rating>> byPanelist = new LinkedHashMap<>();
            for (Scorecard card : submitted) {
                card.ratings().stream().filter(r -> r.competencyId() == competency.getKey())
                        .forEach(r -> byPanelist.computeIfAbsent(card.interviewerId(), k -> new ArrayList<>()).add(r));
            }
            if (!byPanelist.isEmpty()) {
                rows.add(new Row(competency.getKey(), competency.getValue(), byPanelist));
            }
        }
        Map<Recommendation, Integer> tally = new EnumMap<>(Recommendation.class);
        for (Recommendation r : Recommendation.values()) {
            tally.put(r, 0);
        }
        submitted.stream().filter(s -> s.recommendation() != null).forEach(s -> tally.merge(s.recommendation(), 1, Integer::sum));
        return new PanelComparison(List.copyOf(panelists), rows, tally);
    }
}
