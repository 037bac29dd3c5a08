package dev.panel.question;

import dev.panel.competency.Competency;
import dev.panel.competency.CompetencyView;
import dev.panel.competency.RubricLevel;
import dev.panel.competency.RubricVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestions against Panel's starter library (its twelve competencies and the 108 questions linked to them),
 * for questions written for this test: the first suggestion is the competency a hiring manager would pick.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompetencySuggestionsTest {

    private final Map<String, Long> ids = new HashMap<>();
    private final Map<Long, String> keys = new HashMap<>();
    private CompetencySuggestions suggestions;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void readTheStarterLibrary() throws Exception {
        Map<String, Object> library;
        try (InputStream in = getClass().getResourceAsStream("/library/starter-library.yaml")) {
            library = new Yaml().load(in);
        }
        List<CompetencyView> competencies = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) library.get("competencies")) {
            long id = competencies.size() + 1;
            String key = (String) c.get("key");
            ids.put(key, id);
            keys.put(id, key);
            List<RubricLevel> levels = ((List<Map<String, Object>>) c.get("rubric")).stream()
                    .map(l -> new RubricLevel((Integer) l.get("level"), (String) l.get("label"), (String) l.get("anchor"))).toList();
            competencies.add(new CompetencyView(new Competency(id, key, (String) c.get("name"), (String) c.get("description"), Instant.EPOCH, 0L),
                    new RubricVersion(id, id, 1, levels, null, Instant.EPOCH)));
        }
        Map<Long, List<String>> bank = new HashMap<>();
        for (Map<String, Object> role : (List<Map<String, Object>>) library.get("roles")) {
            for (Map<String, Object> q : (List<Map<String, Object>>) role.get("questions")) {
                for (String key : (List<String>) q.get("competencies")) {
                    bank.computeIfAbsent(ids.get(key), k -> new ArrayList<>()).add(q.get("text") + " " + q.get("signal"));
                }
            }
        }
        suggestions = new CompetencySuggestions(competencies, bank);
    }

    /** Questions written for this test, each with the competency a hiring manager would link it to. */
    private static final Map<String, String> ABOUT = new java.util.LinkedHashMap<>();

    static {
        ABOUT.put("How do you run an incident review that people actually learn from?", "reliability");
        ABOUT.put("How would you cut a cloud bill that doubled in three months?", "cost");
        ABOUT.put("How do you coach an engineer who keeps missing commitments?", "people");
        ABOUT.put("How would you design the interview loop for senior engineers?", "hiring");
        ABOUT.put("How do you keep customer data safe when every team can query production?", "security");
        ABOUT.put("How would you split a monolith that forty engineers deploy together?", "architecture");
        ABOUT.put("How do you tell the CEO that the launch date will slip?", "influence");
        ABOUT.put("When is a rewrite of a legacy system worth it?", "modernisation");
    }

    @Test
    void the_competency_a_question_is_about_is_suggested_and_nearly_always_first() {
        int first = 0;
        for (Map.Entry<String, String> question : ABOUT.entrySet()) {
            List<String> suggested = suggestions.suggest(question.getKey()).stream().map(keys::get).toList();
            System.out.println(question.getValue() + " <- " + suggested + " : " + question.getKey());
            assertThat(suggested).as(question.getKey()).contains(question.getValue()).hasSizeLessThanOrEqualTo(CompetencySuggestions.MAX_SUGGESTED);
            first += suggested.get(0).equals(question.getValue()) ? 1 : 0;
        }
        System.out.printf("first suggestion right for %d of %d questions%n", first, ABOUT.size());
        assertThat(first).isGreaterThanOrEqualTo(ABOUT.size() - 1);
    }

    @Test
    void text_that_shares_no_words_with_any_competency_gets_no_suggestion() {
        assertThat(suggestions.suggest("Quokka zebra?")).isEmpty();
        assertThat(suggestions.suggest("")).isEmpty();
    }
}
