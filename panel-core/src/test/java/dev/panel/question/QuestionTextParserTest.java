package dev.panel.question;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.panel.question.QuestionKind.BEHAVIOURAL;
import static dev.panel.question.QuestionKind.MOTIVATION;
import static dev.panel.question.QuestionKind.SITUATIONAL;
import static dev.panel.question.QuestionKind.TECHNICAL;
import static dev.panel.question.QuestionLevel.DEEP_TECHNICAL;
import static dev.panel.question.QuestionLevel.FOUNDATIONAL;
import static dev.panel.question.QuestionLevel.INTERMEDIATE;
import static dev.panel.question.QuestionLevel.STRATEGIC;
import static org.assertj.core.api.Assertions.assertThat;

/** Golden expectations: for each fixture page under resources/question-import, every question and field the parser should find. */
class QuestionTextParserTest {

    @Test
    void a_numbered_list_with_answer_paragraphs_takes_its_levels_from_the_section_headings_and_skips_ads() {
        ParsedPage page = parse("numbered-with-answers.txt");
        assertThat(page.questions()).containsExactly(
                q("How do you decide what your team works on next?", null, FOUNDATIONAL, "Foundational questions", null, null,
                        "I keep a ranked list that product and engineering own together. Every two weeks we check it against the quarter's goals "
                                + "and the on-call load, and anything that no longer serves a goal drops off."),
                q("What does a healthy code review culture look like to you?", TECHNICAL, FOUNDATIONAL, "Foundational questions", null, null,
                        "Reviews happen within a working day, comments explain the why, and the author decides. I measure review wait time and "
                                + "look at it in retros."),
                q("How do you run an incident review that people actually learn from?", TECHNICAL, INTERMEDIATE, "Intermediate-level questions",
                        null, null, "Blameless, within a week, with a timeline written before the meeting. The output is two or three actions with "
                                + "owners, not twenty. We check the actions at the next review."),
                q("How would you introduce SLOs to a team that has never had them?", TECHNICAL, INTERMEDIATE, "Intermediate-level questions",
                        null, null, "Start with one user-facing service, pick a latency and an availability target from the last month's data, "
                                + "and let the team spend the error budget before arguing about the numbers."),
                q("How do you choose between splitting a monolith and improving its modules?", TECHNICAL, DEEP_TECHNICAL, "Advanced questions",
                        null, null, "I look at deploy contention, team boundaries and data ownership. If teams queue for releases, splitting helps; "
                                + "if the pain is code quality, modules are cheaper."));
        assertThat(page.warnings()).containsExactly(
                "1 question does not say what kind it is (#1); choose technical, behavioural, situational or motivation.",
                "Ignored 3 lines that looked like links, ads or page furniture.");
    }

    @Test
    void quoted_questions_with_labelled_blocks_keep_their_signal_star_bullets_tips_and_sample_answer() {
        ParsedPage page = parse("quoted-labelled-blocks.txt");
        assertThat(page.questions()).containsExactly(
                q("Tell me about a time you had to deliver bad news to a senior stakeholder.", BEHAVIOURAL, null, "Behavioural questions (STAR)",
                        "They want to see whether you speak early and honestly, and how you protect the relationship.",
                        List.of("Situation: the project, the stakeholder and what was at stake", "Task: what you owed them",
                                "Action: how and when you told them, and what you offered instead",
                                "Result: what they decided and what changed afterwards", "Tip: Use a case where the news cost you something."),
                        "Our data migration was going to slip by six weeks. I told the COO the same day we knew, with two options and their costs. "
                                + "She chose to cut scope, and we shipped the core on time."),
                // typographic opening quote without its closing one; en and em dash bullets; a non-breaking space
                q("Describe a decision you made with incomplete data?", BEHAVIOURAL, null, "Behavioural questions (STAR)",
                        "to learn how you weigh risk when you cannot wait.",
                        List.of("Say what you did not know", "Say how you limited the damage if you were wrong"),
                        "We picked a queue vendor before the load test finished, with a contract we could leave in ninety days."),
                // the section heading names the kind, and it wins over the wording
                q("What would you do in your first month if the team's release process kept failing?", BEHAVIOURAL, null,
                        "Behavioural questions (STAR)", "It tests whether you listen before you fix.", null,
                        "Watch three releases, talk to each engineer, then fix the single most painful step."));
        assertThat(page.warnings()).containsExactly(
                "3 questions sit under no heading that names a level (#1, #2, #3); choose the level.",
                "A quote opens but never closes in 1 question (#2); check where the text ends.",
                "Ignored 1 line that looked like links, ads or page furniture.");
    }

    @Test
    void a_list_of_questions_repeated_with_their_details_between_dash_lines_gives_each_question_once_with_its_details() {
        ParsedPage page = parse("list-then-repeated.txt");
        String section = "Head of engineering interview questions";
        assertThat(page.questions()).containsExactly(
                q("What motivates you to lead engineers rather than write code?", MOTIVATION, null, section,
                        "Employers ask this question to find out whether you chose management for the right reasons.", null,
                        "I enjoy multiplying what a team can do. My best week last year was one where I wrote no code and three people shipped "
                                + "their first big feature."),
                q("How do you handle an engineer who keeps missing commitments?", BEHAVIOURAL, null, section,
                        "Employers ask this question to see how you tackle under-performance fairly and early.", null,
                        "I talk to them within the week, with examples, and we agree on one concrete change and a date to check it. If nothing "
                                + "moves, I make the stakes explicit and involve HR."),
                q("How do you measure whether your delivery is improving?", null, null, section,
                        "Employers ask this question to check that you use evidence, not impressions.", null,
                        "Lead time and change failure rate from the DORA set, plus a quarterly survey of how predictable the teams feel."));
        assertThat(page.warnings()).containsExactly(
                "1 question does not say what kind it is (#3); choose technical, behavioural, situational or motivation.",
                "3 questions sit under no heading that names a level (#1, #2, #3); choose the level.",
                "3 questions appeared again further down the page; each is listed once, with the details of every occurrence.",
                "Ignored 3 lines that looked like links, ads or page furniture.");
    }

    @Test
    void question_lines_followed_by_a_one_line_rubric_focus_take_it_as_their_signal_even_without_a_question_mark() {
        ParsedPage page = parse("rubric-focus.md");
        assertThat(page.questions()).containsExactly(
                q("How would you design a rate limiter for a public API?", TECHNICAL, null, "Technical questions",
                        "Assess reasoning about fairness, storage and failure modes.", null, null),
                q("Walk me through the CI/CD pipeline you would set up for a new product.", TECHNICAL, null, "Technical questions",
                        "Test practical delivery experience from commit to production.", null, null),
                q("Tell me about a time you mentored someone while shipping under a deadline.", BEHAVIOURAL, null, "Behavioural questions (STAR)",
                        "Evaluate whether coaching survives delivery pressure.", null, null),
                q("Your on-call rota has five people and two of them are exhausted.", SITUATIONAL, null, "Scenarios",
                        "Assess judgement on sustainable operations.", null, null));
        assertThat(page.warnings()).containsExactly("4 questions sit under no heading that names a level (#1, #2, #3, #4); choose the level.");
    }

    @Test
    void a_page_of_answers_with_one_quoted_question_gives_that_question_and_leaves_the_answers_out() {
        ParsedPage page = parse("one-quoted-question.txt");
        assertThat(page.questions()).containsExactly(
                q("Why do you want to lead this engineering team?", MOTIVATION, null, null, null, null, null));
        assertThat(page.warnings()).containsExactly(
                "1 question sits under no heading that names a level (#1); choose the level.",
                "3 answers on the page had no question with them and were left out.",
                "Ignored 3 lines that looked like links, ads or page furniture.");
    }

    @Test
    void a_page_that_mixes_the_shapes_gives_each_question_once() {
        ParsedPage page = parse("mixed-page.txt");
        assertThat(page.questions()).containsExactly(
                q("How would you align the technology roadmap with a new revenue target?", null, STRATEGIC, "Strategic questions", null, null,
                        "Tie every large initiative to the metric it moves, and say out loud which ones you will stop."),
                q("What would you cut if the cloud bill doubled in three months?", TECHNICAL, STRATEGIC, "Strategic questions",
                        "to test cost-engineering judgement and a measurable result.", null,
                        "First, find out where the growth came from; then reserve what is stable and remove what nobody owns."),
                q("How do you decide whether to build or buy a core component?", TECHNICAL, DEEP_TECHNICAL, "Deep technical questions",
                        "Evaluate awareness of lock-in and total cost of ownership.", null, null));
        assertThat(page.warnings()).containsExactly(
                "1 question does not say what kind it is (#1); choose technical, behavioural, situational or motivation.",
                "1 question appeared again further down the page; each is listed once, with the details of every occurrence.",
                "Ignored 2 lines that looked like links, ads or page furniture.");
    }

    @Test
    void prose_without_questions_gives_no_questions_and_says_so() {
        for (String text : List.of("", "   \n\n\t", "We hired four engineers this year. The team grew fast.\nRead more: our hiring story",
                "-\n-\n---\n", "Sample answer: I led the migration.")) {
            ParsedPage page = QuestionTextParser.parse(text);
            assertThat(page.questions()).as(text).isEmpty();
            assertThat(page.warnings()).as(text).contains(ParseWarnings.NONE_FOUND);
        }
    }

    @Test
    void noise_lines_are_neither_questions_nor_part_of_an_answer() {
        ParsedPage page = QuestionTextParser.parse("""
                1. How do you keep a roadmap honest?
                We review it monthly with sales.
                Was this answer helpful?
                Related: Ten roadmap templates
                Only $9.99 a month for premium answers
                We also publish what we dropped.
                """);
        assertThat(page.questions()).extracting(FoundQuestion::answer)
                .containsExactly("We review it monthly with sales. We also publish what we dropped.");
    }

    @Test
    void a_question_asked_twice_with_different_quotes_and_case_is_one_question() {
        ParsedPage page = QuestionTextParser.parse("1. \"How do you run on-call?\"\n\n2. how do you run ON-CALL?\nWhy they ask: to see rota design.");
        assertThat(page.questions()).extracting(FoundQuestion::text, FoundQuestion::signal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("How do you run on-call?", "to see rota design."));
    }

    private static FoundQuestion q(String text, QuestionKind kind, QuestionLevel level, String section, String signal,
                                   List<String> guidance, String answer) {
        return new FoundQuestion(text, kind, level, section, signal, guidance, answer);
    }

    static String fixture(String name) {
        try (InputStream in = QuestionTextParserTest.class.getResourceAsStream("/question-import/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ParsedPage parse(String fixture) {
        return QuestionTextParser.parse(fixture(fixture));
    }
}
