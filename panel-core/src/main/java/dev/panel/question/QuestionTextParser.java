package dev.panel.question;

import dev.panel.question.PastedLine.Label;
import dev.panel.question.PastedLine.Shape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the questions out of a pasted page (the shapes of domain.md, "How question lists look in the wild",
 * and pages that mix them). One pass over the lines, each read once: time linear in the text. It never
 * throws on any input, and finds nothing rather than inventing a question.
 *
 * <p>A question starts at a numbered, quoted or bulleted line that asks or prompts, at any line ending in a
 * question mark outside an answer's paragraph, and at a short line followed by what it assesses. The lines
 * under a question fill its signal, guidance and sample answer, by their labels or, unlabelled, as its answer.
 */
final class QuestionTextParser {

    static final int MAX_QUESTIONS = 1000;

    private enum Mode { NONE, AFTER_QUESTION, SIGNAL, FOCUS_DONE, ANSWER, GUIDANCE, ORPHAN }

    private final List<String> raw;
    private final List<PastedLine> lines;
    private final int[] nextNonBlank;
    private final Map<String, FoundDraft> found = new LinkedHashMap<>();
    private final ParseWarnings warnings = new ParseWarnings();
    private FoundDraft.Section section = FoundDraft.Section.NONE;
    private FoundDraft current;
    private Mode mode = Mode.NONE;
    private boolean paragraphOpen;

    private QuestionTextParser(List<String> raw) {
        this.raw = raw;
        this.lines = new ArrayList<>(raw.size());
        raw.forEach(line -> lines.add(PastedLine.read(line)));
        this.nextNonBlank = new int[raw.size()];
        int next = -1;
        for (int i = raw.size() - 1; i >= 0; i--) {
            nextNonBlank[i] = next;
            if (lines.get(i).shape() != Shape.BLANK && lines.get(i).shape() != Shape.NOISE) {
                next = i;
            }
        }
    }

    static ParsedPage parse(String text) {
        return new QuestionTextParser(PastedText.lines(text)).run();
    }

    private ParsedPage run() {
        for (int i = 0; i < lines.size(); i++) {
            PastedLine line = lines.get(i);
            switch (line.shape()) {
                case BLANK -> paragraphOpen = false;
                case NOISE -> warnings.noiseLine();
                case SEPARATOR -> close();
                case HEADING -> heading(line.content());
                case LABEL -> label(line);
                case SIGNAL -> signal(line.content());
                case FOCUS -> focus(line, i);
                case QUOTED -> quoted(line, i);
                case NUMBERED -> numbered(line, i);
                case BULLET -> bullet(line, i);
                case PROSE -> prose(line.content(), i);
            }
            if (line.shape() != Shape.BLANK && line.shape() != Shape.NOISE) {
                paragraphOpen = true;
            }
        }
        close();
        List<FoundQuestion> questions = found.values().stream().map(FoundDraft::found).toList();
        return new ParsedPage(questions, warnings.about(questions, List.copyOf(found.values())));
    }

    private void heading(String heading) {
        close();
        section = FoundDraft.Section.headed(heading);
    }

    private void label(PastedLine line) {
        String content = line.content();
        if (line.label() == Label.ANSWER_PROMPT) {
            PastedLine quoted = PastedLine.quotedWithin(content);
            PastedLine question = quoted != null ? quoted : line;
            if (question.isQuestion() || question.isPrompt()) {
                start(question.content(), question.unbalancedQuote());
                mode = Mode.ORPHAN;
            }
            return;
        }
        if (current == null || mode == Mode.ORPHAN) {
            if (line.label() == Label.ANSWER) {
                warnings.orphanParagraph();
                mode = current == null ? Mode.NONE : Mode.ORPHAN;
            }
            return;
        }
        switch (line.label()) {
            case SIGNAL -> {
                mode = Mode.SIGNAL;
                current.signal(content);
            }
            case ANSWER -> {
                mode = Mode.ANSWER;
                current.answer(content, true);
            }
            case TIP -> {
                mode = Mode.GUIDANCE;
                current.guidance(content.isEmpty() ? "" : "Tip: " + content);
            }
            default -> {
                mode = Mode.GUIDANCE;
                current.guidance(content);
            }
        }
    }

    /** "Employers ask this question to …": the signal of the question above, whatever came before it. */
    private void signal(String content) {
        if (current == null || mode == Mode.ORPHAN) {
            return;
        }
        current.signal(content);
        mode = Mode.SIGNAL;
    }

    /** "Assess …" right under a question is its rubric focus; anywhere else it is an ordinary sentence. */
    private void focus(PastedLine line, int index) {
        if (current != null && !current.hasDetail() && mode == Mode.AFTER_QUESTION) {
            current.signal(line.content());
            mode = Mode.FOCUS_DONE;
        } else {
            prose(line.content(), index);
        }
    }

    private void quoted(PastedLine line, int index) {
        if (line.isQuestion() || line.isPrompt() || followedBySignal(index)) {
            start(line.content(), line.unbalancedQuote());
        } else {
            prose(raw.get(index), index);
        }
    }

    private void numbered(PastedLine line, int index) {
        String content = line.content();
        if (!line.isQuestion() && Cues.isHeading(content)) {
            heading(content);
        } else if (mode == Mode.GUIDANCE && !line.isQuestion()) {
            current.guidance(content);
        } else if (line.isQuestion() || line.isPrompt() || followedBySignal(index)) {
            start(content, line.unbalancedQuote());
        } else {
            prose(content, index);
        }
    }

    private void bullet(PastedLine line, int index) {
        String content = line.content();
        if (mode == Mode.GUIDANCE) {
            current.guidance(content);
        } else if (line.isQuestion() || followedBySignal(index) || line.isPrompt() && (current == null || !current.hasDetail())) {
            start(content, line.unbalancedQuote());
        } else if (mode == Mode.ANSWER) {
            current.answerBullet(content);
        } else if (mode == Mode.AFTER_QUESTION || mode == Mode.SIGNAL || mode == Mode.FOCUS_DONE) {
            mode = Mode.GUIDANCE;
            current.guidance(content);
        }
    }

    private void prose(String content, int index) {
        boolean insideParagraph = paragraphOpen && (mode == Mode.ANSWER || mode == Mode.GUIDANCE || mode == Mode.ORPHAN);
        if (!insideParagraph && Cues.isQuestion(content)
                || followedBySignal(index) && content.length() <= 400 && (current == null || current.hasSignal())) {
            start(content, false);
            return;
        }
        switch (mode) {
            case NONE -> { }
            case ORPHAN -> {
                if (!paragraphOpen) {
                    warnings.orphanParagraph();
                }
            }
            case AFTER_QUESTION, FOCUS_DONE -> {
                mode = Mode.ANSWER;
                current.answer(content, true);
            }
            case SIGNAL -> {
                if (paragraphOpen) {
                    current.signal(content);
                } else {
                    mode = Mode.ANSWER;
                    current.answer(content, true);
                }
            }
            case ANSWER -> current.answer(content, !paragraphOpen);
            case GUIDANCE -> {
                if (paragraphOpen) {
                    current.guidanceContinued(content);
                } else {
                    current.guidance(content);
                }
            }
        }
    }

    /** Whether the next line says what this one assesses, which makes this line a question. */
    private boolean followedBySignal(int index) {
        int next = nextNonBlank[index];
        if (next < 0) {
            return false;
        }
        PastedLine line = lines.get(next);
        return line.shape() == Shape.FOCUS || line.shape() == Shape.SIGNAL
                || line.shape() == Shape.LABEL && line.label() == Label.SIGNAL;
    }

    private void start(String text, boolean unbalancedQuote) {
        close();
        String cleaned = clean(text);
        if (cleaned.length() < 2) {
            return;
        }
        FoundDraft draft = new FoundDraft(cleaned, section, unbalancedQuote);
        if (!draft.key.isEmpty()) {
            current = draft;
            mode = Mode.AFTER_QUESTION;
        }
    }

    /** Files the question being read, merging it with an earlier occurrence of the same question. */
    private void close() {
        if (current != null) {
            FoundDraft earlier = found.get(current.key);
            if (earlier != null) {
                earlier.fillFrom(current);
                warnings.repeated();
            } else if (found.size() < MAX_QUESTIONS) {
                found.put(current.key, current);
            } else {
                warnings.overLimit();
            }
        }
        current = null;
        mode = Mode.NONE;
    }

    /** The question without the emphasis marks and quotes a page wraps around it. */
    private static String clean(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && "*_\"' ".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "*_\"' ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }
}
