package dev.panel.competency;

import dev.panel.common.InvalidInputException;
import dev.panel.common.Texts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of a rating scale, checked before a rubric version is stored. */
public final class Rubric {

    public static final int MIN_LEVELS = 2;
    public static final int MAX_LEVELS = 7;
    public static final int ANCHOR_LIMIT = 2000;

    /** The default four-point scale's labels. */
    public static final List<String> DEFAULT_LABELS = List.of("Strong no", "No", "Yes", "Strong yes");

    private Rubric() {
    }

    /**
     * A valid scale from what a person typed: levels numbered 1..n in order, each with a distinct label
     * and a non-empty anchor. Says precisely which level is wrong.
     */
    public static List<RubricLevel> checked(List<RubricLevel> levels) {
        if (levels == null || levels.size() < MIN_LEVELS || levels.size() > MAX_LEVELS) {
            throw new InvalidInputException("A rubric has " + MIN_LEVELS + " to " + MAX_LEVELS + " levels"
                    + (levels == null ? "." : " (this one has " + levels.size() + ")."));
        }
        List<RubricLevel> result = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            RubricLevel level = levels.get(i);
            int expected = i + 1;
            if (level == null || level.level() != expected) {
                throw new InvalidInputException("Rubric levels must be numbered 1 to " + levels.size()
                        + " in order; position " + expected + " is " + (level == null ? "empty" : "level " + level.level()) + ".");
            }
            String label = Texts.required(level.label(), "The label of level " + expected, 60);
            String anchor = Texts.required(level.anchor(), "The anchor of level " + expected + " (" + label + ")", ANCHOR_LIMIT);
            if (!labels.add(label.toLowerCase())) {
                throw new InvalidInputException("Two levels are both labelled '" + label + "'.");
            }
            result.add(new RubricLevel(expected, label, anchor));
        }
        return List.copyOf(result);
    }
}
