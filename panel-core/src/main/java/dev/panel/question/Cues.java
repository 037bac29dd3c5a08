package dev.panel.question;

import java.util.regex.Pattern;

/**
 * The words that tell what a line of a question list is and what sort of question it holds. Kinds and
 * levels are read from a section heading first and from the question's own wording second; where neither
 * says, the parser leaves the field empty and warns, rather than guessing.
 */
final class Cues {

    private Cues() {
    }

    /** Openings of prompts that are questions even without a question mark ("Tell me about a time …"). */
    private static final Pattern PROMPT = Pattern.compile(
            "^(?:tell (?:me|us) (?:about|how|why|what)|describe|walk (?:me|us) through|talk (?:me|us) through|take (?:me|us) through"
            + "|explain|give (?:me |us )?(?:an|one|a) (?:example|time|instance)|share (?:an|a|one) (?:example|time|story|instance)"
            + "|design|sketch|imagine|suppose|picture this|say you|let's say|you (?:are|have|join|inherit|discover|find|learn)"
            + "|you're|your (?:team|cloud|ceo|cto|manager|board|company|biggest|best|top|lead|engineer|product|service|database|system)"
            + "|a (?:senior|junior|key|new|team|top|major|critical)\\b|what|how|why|when|which|who|where)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING_WORD = Pattern.compile(
            ".*\\b(?:questions?|section|part \\d+|level|round|stage|category)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_HEADING = Pattern.compile(
            "^(?:(?:basic|general|foundational|beginner|entry[- ]level|junior|intermediate|mid[- ]level|advanced|deep[- ]technical|expert|senior|strategic|executive"
            + "|technical|architecture|system design|behaviou?ral|situational|scenario|scenario-based|motivation(?:al)?|culture(?: fit)?|leadership|people)"
            + "(?:\\s|-|/|&|and|\\(|\\)|star)*){1,4}$", Pattern.CASE_INSENSITIVE);

    private static final Pattern BEHAVIOURAL = Pattern.compile(
            ".*\\b(?:tell (?:me|us) about a (?:time|situation|moment)|describe a (?:time|situation|moment|project|case|conflict|decision|failure|mistake)"
            + "|give (?:me |us )?(?:an|one|a) (?:example|time|instance)|share (?:an|a|one) (?:example|time|story|instance)|have you ever|recall a"
            + "|the last time you|a time (?:when|you)|an occasion|how did you|what did you|when did you|when have you|think of a time|how do you (?:handle|deal with|respond to|coach|mentor|motivate|give feedback|resolve|support|manage (?:an?|under)))\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SITUATIONAL = Pattern.compile(
            ".*\\b(?:what would you do|how would you (?:handle|respond|react|deal|approach|manage|tell|deliver|convince|address|prioriti[sz]e)"
            + "|imagine|suppose|picture this|say you|let's say|if you (?:were|had|joined|found|discovered|inherited)|you (?:join|inherit|discover|find out|learn)"
            + "|you've just|you have just|(?:has|have|had) (?:doubled|tripled|halved|dropped|spiked|gone down|crashed|quit|resigned)|what do you do first)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MOTIVATION = Pattern.compile(
            ".*\\b(?:why do you want|why (?:are you|would you) (?:interested|leaving|looking|applying)|why (?:this|our) (?:role|company|team|position)"
            + "|what motivates|what drives you|what excites you|where do you see yourself|career goals?|tell (?:me|us) about yourself"
            + "|what are you looking for|why should we hire|what do you enjoy|proudest|what would make you (?:leave|stay)|your ideal (?:role|job|team|company))\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TECHNICAL = Pattern.compile(
            ".*\\b(?:design|architect\\w*|api\\w*|database\\w*|schema|sql|cache|caching|latency|throughput|scal\\w+|microservices?|monolith|kubernetes|docker"
            + "|ci/cd|pipelines?|rate limit\\w*|deploy\\w*|code review|test(?:s|ing)?|queue|kafka|event|consistency|replication|shard\\w*|slos?|slas?|error budget|observability"
            + "|incidents?|on-call|outages?|post-?mortems?|reliability|monitoring|cloud|aws|gcp|azure|security|encryption|authentication|migration|refactor\\w*|technical debt|data model\\w*|algorithm|performance"
            + "|difference between|trade-?offs?|how does|what is (?:a|an|the))\\b.*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LEVEL_FOUNDATIONAL = Pattern.compile(".*\\b(?:basic|foundational|foundation|beginner|entry[- ]level|junior|general|introductory|fundamentals?)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEVEL_INTERMEDIATE = Pattern.compile(".*\\b(?:intermediate|mid[- ]level|medium)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEVEL_DEEP = Pattern.compile(".*\\b(?:advanced|deep[- ]technical|deep[- ]dive|expert|in-depth|hard)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEVEL_STRATEGIC = Pattern.compile(".*\\b(?:strategic|strategy|executive|board[- ]level|c-level|vision)\\b.*", Pattern.CASE_INSENSITIVE);

    /** A question: ends with a question mark, at most {@value PastedLine#MAX_QUESTION_LENGTH} characters, at most two sentences. */
    static boolean isQuestion(String text) {
        String t = trimEnd(text);
        return t.endsWith("?") && t.length() >= 8 && t.length() <= PastedLine.MAX_QUESTION_LENGTH && sentenceEnds(t) <= 2;
    }

    /** A prompt worded as an instruction or a question, with or without its question mark. */
    static boolean isPrompt(String text) {
        String t = trimEnd(text);
        return t.length() >= 12 && t.length() <= PastedLine.MAX_QUESTION_LENGTH && sentenceEnds(t) <= 3 && PROMPT.matcher(t).matches();
    }

    /** A short line that names a group of questions rather than asking one. */
    static boolean isHeading(String line) {
        if (line.length() > 100 || line.endsWith("?") || line.endsWith(".") || line.endsWith(",") || words(line) > 12) {
            return false;
        }
        return HEADING_WORD.matcher(line).matches() || BARE_HEADING.matcher(line.endsWith(":") ? line.substring(0, line.length() - 1) : line).matches();
    }

    static QuestionKind kindOfSection(String heading) {
        if (heading == null) {
            return null;
        }
        String h = heading.toLowerCase(java.util.Locale.ROOT);
        if (h.contains("behavio") || h.contains("star")) {
            return QuestionKind.BEHAVIOURAL;
        }
        if (h.contains("situation") || h.contains("scenario") || h.contains("hypothetical")) {
            return QuestionKind.SITUATIONAL;
        }
        if (h.contains("motivation") || h.contains("culture") || h.contains("about you") || h.contains("personal") || h.contains("career")) {
            return QuestionKind.MOTIVATION;
        }
        if (h.contains("technical") || h.contains("architecture") || h.contains("system design") || h.contains("coding")) {
            return QuestionKind.TECHNICAL;
        }
        return null;
    }

    /** The kind a question's own words suggest; the most specific cue wins. */
    static QuestionKind kindOfText(String text) {
        if (MOTIVATION.matcher(text).matches()) {
            return QuestionKind.MOTIVATION;
        }
        if (BEHAVIOURAL.matcher(text).matches()) {
            return QuestionKind.BEHAVIOURAL;
        }
        if (SITUATIONAL.matcher(text).matches()) {
            return QuestionKind.SITUATIONAL;
        }
        if (TECHNICAL.matcher(text).matches()) {
            return QuestionKind.TECHNICAL;
        }
        return null;
    }

    static QuestionLevel levelOfSection(String heading) {
        if (heading == null) {
            return null;
        }
        if (LEVEL_INTERMEDIATE.matcher(heading).matches()) {
            return QuestionLevel.INTERMEDIATE;
        }
        if (LEVEL_DEEP.matcher(heading).matches()) {
            return QuestionLevel.DEEP_TECHNICAL;
        }
        if (LEVEL_STRATEGIC.matcher(heading).matches()) {
            return QuestionLevel.STRATEGIC;
        }
        if (LEVEL_FOUNDATIONAL.matcher(heading).matches()) {
            return QuestionLevel.FOUNDATIONAL;
        }
        return null;
    }

    private static String trimEnd(String text) {
        int end = text.length();
        while (end > 0 && "\"'*_ )".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    private static int sentenceEnds(String text) {
        int ends = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' ') {
                ends++;
            }
        }
        return ends + 1;
    }

    private static int words(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean letter = line.charAt(i) != ' ';
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
