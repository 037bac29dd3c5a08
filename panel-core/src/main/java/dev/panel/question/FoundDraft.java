package dev.panel.question;

import java.util.ArrayList;
import java.util.List;

/** A question being read: its text, and its signal, guidance and answer as the lines under it arrive. */
final class FoundDraft {

    static final int MAX_SIGNAL = 2000;
    static final int MAX_ANSWER = 10_000;
    static final int MAX_GUIDANCE_ITEMS = 40;
    static final int MAX_GUIDANCE_ITEM = 1000;

    /** The heading a question sits under, with the kind and level it names (each may be null). */
    record Section(String heading, QuestionKind kind, QuestionLevel level) {

        static final Section NONE = new Section(null, null, null);

        static Section headed(String heading) {
            return new Section(heading, Cues.kindOfSection(heading), Cues.levelOfSection(heading));
        }
    }

    final String text;
    final String key;
    final Section section;
    final boolean unbalancedQuote;
    private final StringBuilder signal = new StringBuilder();
    private final StringBuilder answer = new StringBuilder();
    private final List<String> guidance = new ArrayList<>();
    private boolean cut;

    FoundDraft(String text, Section section, boolean unbalancedQuote) {
        this.text = text;
        this.key = QuestionSimilarity.fold(text);
        this.section = section;
        this.unbalancedQuote = unbalancedQuote;
    }

    boolean hasSignal() {
        return signal.length() > 0;
    }

    boolean hasDetail() {
        return hasSignal() || answer.length() > 0 || !guidance.isEmpty();
    }

    /** Adds to the signal: a new line joins the paragraph with a space. */
    void signal(String line) {
        cut |= append(signal, line, " ", MAX_SIGNAL);
    }

    /** Adds to the answer, as the paragraph's next line or as a new paragraph. */
    void answer(String line, boolean newParagraph) {
        cut |= append(answer, line, newParagraph ? "\n\n" : " ", MAX_ANSWER);
    }

    void answerBullet(String item) {
        cut |= append(answer, "- " + item, "\n", MAX_ANSWER);
    }

    void guidance(String item) {
        if (item.isEmpty()) {
            return;
        }
        if (guidance.size() >= MAX_GUIDANCE_ITEMS) {
            cut = true;
            return;
        }
        guidance.add(clip(item, MAX_GUIDANCE_ITEM));
    }

    /** Continues the last guidance item with a line of the same paragraph. */
    void guidanceContinued(String line) {
        if (guidance.isEmpty()) {
            guidance(line);
        } else {
            guidance.set(guidance.size() - 1, clip(guidance.get(guidance.size() - 1) + " " + line, MAX_GUIDANCE_ITEM));
        }
    }

    boolean wasCut() {
        return cut;
    }

    /** Takes what this draft lacks from another occurrence of the same question on the page. */
    void fillFrom(FoundDraft other) {
        if (!hasSignal()) {
            signal.append(other.signal);
        }
        if (answer.length() == 0) {
            answer.append(other.answer);
        }
        if (guidance.isEmpty()) {
            guidance.addAll(other.guidance);
        }
        cut |= other.cut;
    }

    FoundQuestion found() {
        QuestionKind kind = section.kind() != null ? section.kind() : Cues.kindOfText(text);
        return new FoundQuestion(text, kind, section.level(), section.heading(), nullIfEmpty(signal), guidance.isEmpty() ? null : List.copyOf(guidance),
                nullIfEmpty(answer));
    }

    private static String nullIfEmpty(StringBuilder text) {
        return text.length() == 0 ? null : text.toString();
    }

    private static boolean append(StringBuilder to, String line, String joint, int max) {
        if (line.isEmpty()) {
            return false;
        }
        if (to.length() >= max) {
            return true;
        }
        if (to.length() > 0) {
            to.append(joint);
        }
        int room = max - to.length();
        to.append(line, 0, Math.min(room, line.length()));
        return line.length() > room;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
