package dev.panel.question;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** What the parser was unsure of or left out, counted while it reads and put into sentences at the end. */
final class ParseWarnings {

    static final String NONE_FOUND = "No questions found. Panel looks for numbered or quoted questions, lines that end "
            + "with a question mark, and prompts followed by what they assess.";
    private static final int NAMED = 8;

    private int noise;
    private int orphans;
    private int repeated;
    private int overLimit;

    void noiseLine() {
        noise++;
    }

    void orphanParagraph() {
        orphans++;
    }

    void repeated() {
        repeated++;
    }

    void overLimit() {
        overLimit++;
    }

    List<String> about(List<FoundQuestion> questions, List<FoundDraft> drafts) {
        List<String> warnings = new ArrayList<>();
        if (questions.isEmpty()) {
            warnings.add(NONE_FOUND);
        }
        List<Integer> noKind = numbers(questions.size(), i -> questions.get(i).kind() == null);
        if (!noKind.isEmpty()) {
            warnings.add(count(noKind.size(), "question does", "questions do") + " not say what kind it is (" + list(noKind)
                    + "); choose technical, behavioural, situational or motivation.");
        }
        List<Integer> noLevel = numbers(questions.size(), i -> questions.get(i).level() == null);
        if (!noLevel.isEmpty()) {
            warnings.add(count(noLevel.size(), "question sits", "questions sit") + " under no heading that names a level ("
                    + list(noLevel) + "); choose the level.");
        }
        List<Integer> unbalanced = numbers(drafts.size(), i -> drafts.get(i).unbalancedQuote);
        if (!unbalanced.isEmpty()) {
            warnings.add("A quote opens but never closes in " + count(unbalanced.size(), "question", "questions") + " ("
                    + list(unbalanced) + "); check where the text ends.");
        }
        List<Integer> cut = numbers(drafts.size(), i -> drafts.get(i).wasCut());
        if (!cut.isEmpty()) {
            warnings.add("The answer or guidance of " + count(cut.size(), "question", "questions") + " (" + list(cut)
                    + ") was too long and was cut.");
        }
        if (repeated > 0) {
            warnings.add(count(repeated, "question appeared", "questions appeared") + " again further down the page; "
                    + "each is listed once, with the details of every occurrence.");
        }
        if (orphans > 0) {
            warnings.add(count(orphans, "answer", "answers") + " on the page had no question with them and "
                    + (orphans == 1 ? "was" : "were") + " left out.");
        }
        if (noise > 0) {
            warnings.add("Ignored " + count(noise, "line", "lines") + " that looked like links, ads or page furniture.");
        }
        if (overLimit > 0) {
            warnings.add("Only the first " + QuestionTextParser.MAX_QUESTIONS + " questions are listed; "
                    + count(overLimit, "more was", "more were") + " left out. Import the page in parts.");
        }
        return warnings;
    }

    private static List<Integer> numbers(int size, java.util.function.IntPredicate which) {
        return IntStream.range(0, size).filter(which).map(i -> i + 1).boxed().toList();
    }

    private static String list(List<Integer> numbers) {
        String named = numbers.stream().limit(NAMED).map(n -> "#" + n).collect(Collectors.joining(", "));
        return numbers.size() > NAMED ? named + " and " + (numbers.size() - NAMED) + " more" : named;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
