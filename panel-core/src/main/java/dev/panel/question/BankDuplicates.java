package dev.panel.question;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the bank question an imported one repeats (see {@link QuestionSimilarity} for what counts). */
final class BankDuplicates {

    private final Map<String, Long> byFoldedText = new HashMap<>();
    private final Map<Long, String> texts;
    private final List<Map.Entry<Long, String>> folded;

    BankDuplicates(Map<Long, String> bank) {
        this.texts = bank;
        this.folded = bank.entrySet().stream().map(e -> Map.entry(e.getKey(), QuestionSimilarity.fold(e.getValue()))).toList();
        folded.forEach(e -> byFoldedText.putIfAbsent(e.getValue(), e.getKey()));
    }

    /** The bank question this text repeats, preferring one with the same text; null when it is new. */
    ImportPreview.BankMatch match(String text) {
        String key = QuestionSimilarity.fold(text);
        Long same = byFoldedText.get(key);
        if (same != null) {
            return new ImportPreview.BankMatch(same, texts.get(same), true);
        }
        for (Map.Entry<Long, String> candidate : folded) {
            if (QuestionSimilarity.compare(key, candidate.getValue()) == QuestionSimilarity.Match.NEAR_IDENTICAL) {
                return new ImportPreview.BankMatch(candidate.getKey(), texts.get(candidate.getKey()), false);
            }
        }
        return null;
    }
}
