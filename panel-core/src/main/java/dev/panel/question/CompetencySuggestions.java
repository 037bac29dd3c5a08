package dev.panel.question;

import dev.panel.competency.CompetencyView;
import dev.panel.competency.RubricLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests the competencies a question gives evidence for, by the words it shares with each competency's
 * name, description and rubric anchors, and with the bank questions already linked to it (so suggestions
 * improve as the bank grows): TF-IDF vectors compared by cosine similarity (Manning, Raghavan & Schütze,
 * <i>Introduction to Information Retrieval</i>, ch. 6). A name counts three times, the description twice,
 * anchors and linked questions once. At most {@link #MAX_SUGGESTED} are suggested, each scoring at least
 * {@link #MIN_SCORE} and at least half the best; the person importing can change them.
 */
final class CompetencySuggestions {

    static final int MAX_SUGGESTED = 2;
    static final double MIN_SCORE = 0.05;

    private static final Set<String> STOPWORDS = Set.of(
            "the", "and", "for", "you", "your", "with", "that", "this", "what", "how", "why", "when", "who", "which", "where", "did", "does",
            "have", "has", "had", "are", "was", "were", "would", "could", "should", "will", "can", "about", "tell", "time", "describe", "from",
            "into", "their", "them", "they", "our", "not", "but", "all", "any", "one", "two", "its", "there", "then", "than", "been", "being",
            "whether", "candidate", "able", "give", "example", "walk", "through", "some", "other", "more", "most", "such", "own", "out",
            "team", "work", "make", "made", "way", "also", "ask", "asks", "level", "once", "never", "only", "after", "before");

    private final List<Long> ids = new ArrayList<>();
    private final List<Map<String, Double>> profiles = new ArrayList<>();
    private final List<List<Map<String, Double>>> examples = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();

    CompetencySuggestions(List<CompetencyView> competencies, Map<Long, List<String>> bankTexts) {
        List<Map<String, Double>> profileCounts = new ArrayList<>();
        List<List<Map<String, Double>>> exampleCounts = new ArrayList<>();
        Map<String, Integer> documents = new HashMap<>();
        for (CompetencyView view : competencies) {
            Map<String, Double> count = new HashMap<>();
            add(count, view.competency().name(), 3);
            add(count, view.competency().description(), 2);
            if (view.rubric() != null) {
                for (RubricLevel level : view.rubric().levels()) {
                    add(count, level.anchor(), 1);
                }
            }
            List<Map<String, Double>> linked = new ArrayList<>();
            for (String text : bankTexts.getOrDefault(view.competency().id(), List.of())) {
                Map<String, Double> example = new HashMap<>();
                add(example, text, 1);
                linked.add(example);
                example.keySet().forEach(term -> documents.merge(term, 1, Integer::sum));
            }
            count.keySet().forEach(term -> documents.merge(term, 1, Integer::sum));
            ids.add(view.competency().id());
            profileCounts.add(count);
            exampleCounts.add(linked);
        }
        int total = documents.isEmpty() ? 1 : profileCounts.size() + exampleCounts.stream().mapToInt(List::size).sum();
        documents.forEach((term, n) -> idf.put(term, Math.log(1.0 + (double) total / n)));
        profileCounts.forEach(count -> profiles.add(normalised(weighted(count))));
        exampleCounts.forEach(linked -> examples.add(linked.stream().map(c -> normalised(weighted(c))).toList()));
    }

    /**
     * The ids of the competencies the text reads like, best first; empty when none is close. A competency
     * scores its profile's similarity plus that of its most similar linked bank question.
     */
    List<Long> suggest(String text) {
        Map<String, Double> count = new HashMap<>();
        add(count, text, 1);
        Map<String, Double> question = normalised(weighted(count));
        if (question.isEmpty()) {
            return List.of();
        }
        List<double[]> scores = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            double nearest = 0;
            for (Map<String, Double> example : examples.get(i)) {
                nearest = Math.max(nearest, dot(question, example));
            }
            scores.add(new double[] {i, dot(question, profiles.get(i)) + nearest});
        }
        scores.sort(Comparator.comparingDouble((double[] s) -> s[1]).reversed());
        double best = scores.isEmpty() ? 0 : scores.get(0)[1];
        return scores.stream().filter(s -> s[1] >= MIN_SCORE && s[1] >= best / 2).limit(MAX_SUGGESTED)
                .map(s -> ids.get((int) s[0])).toList();
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        double sum = 0;
        for (Map.Entry<String, Double> term : a.entrySet()) {
            sum += term.getValue() * b.getOrDefault(term.getKey(), 0.0);
        }
        return sum;
    }

    private Map<String, Double> weighted(Map<String, Double> count) {
        Map<String, Double> weighted = new HashMap<>();
        count.forEach((term, n) -> {
            Double weight = idf.get(term);
            if (weight != null) {
                weighted.put(term, n * weight);
            }
        });
        return weighted;
    }

    private static Map<String, Double> normalised(Map<String, Double> vector) {
        double length = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
        if (length > 0) {
            vector.replaceAll((term, v) -> v / length);
        }
        return vector;
    }

    private static void add(Map<String, Double> count, String text, double weight) {
        if (text == null) {
            return;
        }
        for (String word : QuestionSimilarity.fold(text).split(" ")) {
            if (word.length() >= 3 && !STOPWORDS.contains(word)) {
                count.merge(stem(word), weight, Double::sum);
            }
        }
    }

    /** A crude suffix stripper: enough that "incidents" meets "incident" and "scaling" meets "scale". */
    static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        if (word.length() > 4 && word.endsWith("e")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
