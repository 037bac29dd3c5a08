package dev.panel.question;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one line of a pasted question list is, judged on the line alone: the parser adds the context.
 * Every pattern is anchored and free of nested repetition, so each line is read in time linear in its length.
 */
record PastedLine(Shape shape, String content, Label label, boolean unbalancedQuote) {

    enum Shape { BLANK, NOISE, SEPARATOR, HEADING, LABEL, SIGNAL, FOCUS, BULLET, NUMBERED, QUOTED, PROSE }

    /** The labelled blocks of question write-ups, by what they hold. */
    enum Label { NONE, SIGNAL, ANSWER, GUIDANCE, TIP, ANSWER_PROMPT }

    static final int MAX_QUESTION_LENGTH = 1000;

    private static final Pattern SEPARATOR = Pattern.compile("^[-\u2013\u2014_*=~\u2022]{1,80}$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*([^#]+?)[\\s#]*$");
    private static final Pattern BOLD_LINE = Pattern.compile("^(?:\\*\\*|__)([^*_]+)(?:\\*\\*|__):?$");
    private static final Pattern BULLET = Pattern.compile("^[-*+\u2022\u00B7\u25AA\u25CF\u25E6\u2013\u2014]\\s*(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:(?:q|question)\\s*#?\\d{0,3}|#?\\(?\\d{1,3})(?:[.):]|\\s+[-\u2013\u2014])\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile("^(?:\\*\\*)?("
            + "why (?:they|we|interviewers|employers|recruiters|hiring managers|the interviewer|companies) (?:ask|asks|are asking)(?: this| it)?(?: question)?"
            + "|what (?:they|interviewers|the interviewer|employers)(?: are|'re)? (?:looking for|want to (?:hear|know|see))"
            + "|(?:sample|example|model|suggested|good) (?:answer|response)|answer example|example|answer|a"
            + "|star guidance|star method|star|how to (?:think through this|think about it|answer|respond|approach)(?: this| it)?(?: question)?|guidance|what to cover"
            + "|personali[sz]ation tip|pro tip|tips?"
            + "|write your answer(?: to)?|your answer(?: to)?|answer to"
            + ")(?:\\*\\*)?\\s*(?::|\\s[-\u2013\u2014])\\s*(?:\\*\\*)?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPLOYERS_ASK = Pattern.compile(
            "^(?:employers|interviewers|hiring managers|recruiters|companies|they|managers) (?:often |usually |may |might |typically )?(?:ask|use) (?:this|that|the) question\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOCUS = Pattern.compile(
            "^(?:assess(?:es)?|evaluat(?:e|es)|tests?|gauges?|probes?|checks?|looks? for|measures?|reveals?|surfaces?|explores?)\\b\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOISE = Pattern.compile("^(?:"
            + "related(?: articles?| posts?| reading| questions)?|read (?:more|next|also)|see also|also read|recommended(?: for you| reading)?|more from"
            + "|advertisement|sponsored|promoted|ad|ads by|help us improve(?: this)?(?: answer)?|was this (?:answer |page |article )?helpful|did you find"
            + "|share (?:this|on)|follow us|subscribe|sign up|sign in|log in|click here|download|get started|start (?:your )?free|free trial"
            + "|upgrade|buy now|copyright|\u00A9|all rights reserved|cookie|privacy policy|terms of|table of contents|jump to|skip to|back to top"
            + "|learn more|join (?:now|free|today|our)|try .{0,40} free|posted (?:by|on)|updated (?:on|by)|last updated|written by|tags:"
            + ")\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOISE_WORD = Pattern.compile(
            "^(?:share|upvote|report|helpful|not helpful|yes|no|feedback|like|reply|comments?|\\d+ (?:comments?|likes?|views?)|menu|home|next|previous|back|close)[.!]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRICE = Pattern.compile(
            "(?:[$\u20AC\u00A3\u00A5]\\s?\\d|\\d(?:[.,]\\d{1,2})?\\s?(?:usd|eur|gbp|/mo\\b|/month|/year|/yr|per month|per year|a month)|\\d{1,3}% off)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_ONLY = Pattern.compile("^(?:<?https?://|www\\.)\\S*>?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATING = Pattern.compile("^[\\d.,\\s]*[\u2605\u2606\u2B50]+.*");

    static PastedLine read(String line) {
        if (line.isEmpty()) {
            return new PastedLine(Shape.BLANK, "", Label.NONE, false);
        }
        if (SEPARATOR.matcher(line).matches()) {
            return new PastedLine(Shape.SEPARATOR, line, Label.NONE, false);
        }
        if (isNoise(line)) {
            return new PastedLine(Shape.NOISE, line, Label.NONE, false);
        }
        Matcher m = MARKDOWN_HEADING.matcher(line);
        if (m.matches()) {
            return new PastedLine(Shape.HEADING, m.group(1).strip(), Label.NONE, false);
        }
        m = LABEL.matcher(line);
        if (m.matches()) {
            return new PastedLine(Shape.LABEL, m.group(2).strip(), label(m.group(1)), false);
        }
        if (EMPLOYERS_ASK.matcher(line).matches()) {
            return new PastedLine(Shape.SIGNAL, line, Label.SIGNAL, false);
        }
        if (FOCUS.matcher(line).matches() && !line.endsWith("?")) {
            return new PastedLine(Shape.FOCUS, line, Label.SIGNAL, false);
        }
        m = BOLD_LINE.matcher(line);
        String unwrapped = m.matches() ? m.group(1).strip() : line;
        if (unwrapped.startsWith("\"")) {
            return quoted(unwrapped);
        }
        m = NUMBERED.matcher(unwrapped);
        if (m.matches()) {
            String item = m.group(1);
            return item.startsWith("\"") ? quoted(item).as(Shape.NUMBERED) : new PastedLine(Shape.NUMBERED, item, Label.NONE, false);
        }
        m = BULLET.matcher(unwrapped);
        if (m.matches()) {
            String item = m.group(1);
            return item.startsWith("\"") ? quoted(item).as(Shape.BULLET) : new PastedLine(Shape.BULLET, item, Label.NONE, false);
        }
        if (Cues.isHeading(unwrapped)) {
            return new PastedLine(Shape.HEADING, stripTrailingColon(unwrapped), Label.NONE, false);
        }
        return new PastedLine(Shape.PROSE, unwrapped, Label.NONE, false);
    }

    /** A question inside quotes; a missing closing quote runs to the end of the line. */
    private static PastedLine quoted(String line) {
        int close = line.indexOf('"', 1);
        String inside = close < 0 ? line.substring(1) : line.substring(1, close);
        return new PastedLine(Shape.QUOTED, inside.strip(), Label.NONE, close < 0);
    }

    /** The quoted part of a line such as {@code Write your answer to: "…"}, or null when there is none. */
    static PastedLine quotedWithin(String text) {
        int open = text.indexOf('"');
        return open < 0 ? null : quoted(text.substring(open));
    }

    private PastedLine as(Shape newShape) {
        return new PastedLine(newShape, content, label, unbalancedQuote);
    }

    private static boolean isNoise(String line) {
        if (line.endsWith("?") && line.length() > 40) {
            return false;
        }
        return NOISE.matcher(line).matches() || NOISE_WORD.matcher(line).matches() || LINK_ONLY.matcher(line).matches() || RATING.matcher(line).matches()
                || line.length() <= 160 && !line.endsWith("?") && PRICE.matcher(line).find();
    }

    private static Label label(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("why") || n.startsWith("what")) {
            return Label.SIGNAL;
        }
        if (n.contains("tip")) {
            return Label.TIP;
        }
        if (n.startsWith("write") || n.startsWith("your") || n.equals("answer to")) {
            return Label.ANSWER_PROMPT;
        }
        if (n.contains("answer") || n.contains("response") || n.equals("example")) {
            return Label.ANSWER;
        }
        return Label.GUIDANCE;
    }

    private static String stripTrailingColon(String line) {
        return line.endsWith(":") ? line.substring(0, line.length() - 1).strip() : line;
    }

    boolean isQuestion() {
        return Cues.isQuestion(content);
    }

    boolean isPrompt() {
        return Cues.isPrompt(content);
    }
}
