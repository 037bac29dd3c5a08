package dev.panel.question;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.text.Normalizer;

/**
 * When two questions are the same. <em>Same text</em>: equal after folding case, accents, quotes and
 * punctuation and collapsing spaces. <em>Near-identical</em>: the folded texts differ in at most
 * {@link #NEAR_IDENTICAL_DISTANCE} of the longer one's characters (Levenshtein distance), which catches a
 * changed word or two ("How do you…" / "How would you…") but not a question on another subject.
 */
final class QuestionSimilarity {

    /** At most 15% of the characters of the longer folded text may differ. */
    static final double NEAR_IDENTICAL_DISTANCE = 0.15;

    private QuestionSimilarity() {
    }

    enum Match { SAME_TEXT, NEAR_IDENTICAL, DIFFERENT }

    /** The text folded for comparison: lower case, no accents, letters and digits separated by single spaces. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                folded.append(Character.toLowerCase(c));
                space = false;
            } else if (c != '\'' && !space) {
                folded.append(' ');
                space = true;
            }
        }
        int end = folded.length();
        return end > 0 && folded.charAt(end - 1) == ' ' ? folded.substring(0, end - 1) : folded.toString();
    }

    /** Compares two folded texts. */
    static Match compare(String foldedA, String foldedB) {
        if (foldedA.equals(foldedB)) {
            return Match.SAME_TEXT;
        }
        int longer = Math.max(foldedA.length(), foldedB.length());
        int allowed = (int) Math.floor(longer * NEAR_IDENTICAL_DISTANCE);
        if (allowed == 0 || Math.abs(foldedA.length() - foldedB.length()) > allowed) {
            return Match.DIFFERENT;
        }
        // The bounded variant gives up (-1) past the threshold, in time proportional to length × threshold.
        int distance = new LevenshteinDistance(allowed).apply(foldedA, foldedB);
        return distance >= 0 ? Match.NEAR_IDENTICAL : Match.DIFFERENT;
    }
}
