package dev.panel.question;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser takes any text without throwing, and what it finds is really on the page. In a plain
 * {@code mvn test} Jazzer replays the inputs under resources/dev/panel/question/QuestionTextFuzzTestInputs
 * (seeds and every crash found so far); {@code JAZZER_FUZZ=1} fuzzes for new ones (see the README).
 */
class QuestionTextFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void any_text_parses_into_questions_that_are_on_the_page(String pasted) {
        ParsedPage page = QuestionTextParser.parse(pasted);

        assertThat(page.questions()).hasSizeLessThanOrEqualTo(QuestionTextParser.MAX_QUESTIONS);
        assertThat(page.warnings().contains(ParseWarnings.NONE_FOUND)).isEqualTo(page.questions().isEmpty());
        String onThePage = QuestionSimilarity.fold(String.join("\n", PastedText.lines(pasted)));
        Set<String> seen = new HashSet<>();
        for (FoundQuestion question : page.questions()) {
            String folded = QuestionSimilarity.fold(question.text());
            assertThat(folded).isNotEmpty();
            assertThat(question.text().length()).isLessThanOrEqualTo(PastedLine.MAX_QUESTION_LENGTH);
            assertThat(onThePage).contains(folded);
            assertThat(seen.add(folded)).as("listed once: %s", question.text()).isTrue();
            if (question.answer() != null) {
                assertThat(question.answer().length()).isLessThanOrEqualTo(FoundDraft.MAX_ANSWER);
            }
        }
    }
}
