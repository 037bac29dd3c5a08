package dev.panel.question;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 1 MB paste parses well under a second, and so do pages built to trip a careless parser (one huge line,
 * a sea of quotes, ten thousand numbered lines). The bound is generous for a shared 2-core machine; the
 * measured figure is printed for the report.
 */
class QuestionTextParserScaleTest {

    private static final int ONE_MB = 1024 * 1024;
    private static final long BOUND_MILLIS = 3000;

    @Test
    void a_one_megabyte_page_of_mixed_shapes_parses_in_well_under_a_second() {
        StringBuilder page = new StringBuilder();
        List<String> fixtures = List.of("numbered-with-answers.txt", "quoted-labelled-blocks.txt", "list-then-repeated.txt",
                "rubric-focus.md", "one-quoted-question.txt", "mixed-page.txt");
        for (int copy = 0; page.length() < ONE_MB; copy++) {
            // each copy's questions differ, so that the page does not collapse into six questions
            page.append(QuestionTextParserTest.fixture(fixtures.get(copy % fixtures.size())).replace("?", " (copy " + copy + ")?")).append('\n');
        }
        QuestionTextParser.parse(page.toString()); // warm up the JIT, as a server that has run a while would be
        long millis = timed(page.toString());
        ParsedPage parsed = QuestionTextParser.parse(page.toString());
        System.out.printf("parsed %,d characters into %,d questions in %d ms%n", page.length(), parsed.questions().size(), millis);
        assertThat(parsed.questions()).hasSize(QuestionTextParser.MAX_QUESTIONS);
        assertThat(millis).isLessThan(BOUND_MILLIS);
    }

    @Test
    void hostile_megabyte_pages_parse_quickly_too() {
        List<String> pages = List.of(
                "a".repeat(ONE_MB),
                "\"".repeat(ONE_MB),
                "1. How".repeat(ONE_MB / 6) + "?",
                "# " + "questions ".repeat(ONE_MB / 10),
                "1. Is this a question?\n".repeat(ONE_MB / 23),
                "Tell me about a time you " + "and ".repeat(ONE_MB / 4),
                "Why they ask: \n- \n".repeat(ONE_MB / 18),
                "try " + " ".repeat(ONE_MB) + "free",
                "What? ".repeat(ONE_MB / 6));
        for (String page : pages) {
            QuestionTextParser.parse(page); // warm-up, as above: the first run of a shape measures the JIT more than the parser
            long millis = timed(page);
            System.out.printf("hostile page starting %s: %d ms%n", page.substring(0, 12).replace("\n", "\\n"), millis);
            assertThat(millis).as(page.substring(0, 12)).isLessThan(BOUND_MILLIS);
        }
    }

    private static long timed(String page) {
        long start = System.nanoTime();
        QuestionTextParser.parse(page);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
